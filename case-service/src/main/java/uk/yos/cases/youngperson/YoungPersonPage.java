package uk.yos.cases.youngperson;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

/** A named page type, so the OpenAPI document (and generated clients) get a concrete schema. */
@Schema(name = "YoungPersonPage")
public record YoungPersonPage(List<YoungPersonView> items, int page, int size, long totalItems) {

    static YoungPersonPage of(Page<YoungPersonView> page) {
        return new YoungPersonPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
