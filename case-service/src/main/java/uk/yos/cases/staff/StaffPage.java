package uk.yos.cases.staff;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

/** A named page type, so the OpenAPI document (and generated clients) get a concrete schema. */
@Schema(name = "StaffPage")
public record StaffPage(List<StaffMemberView> items, int page, int size, long totalItems) {

    static StaffPage of(Page<StaffMemberView> page) {
        return new StaffPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
