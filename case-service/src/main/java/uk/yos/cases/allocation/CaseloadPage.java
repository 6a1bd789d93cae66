package uk.yos.cases.allocation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

/** A named page type, so the OpenAPI document (and generated clients) get a concrete schema. */
@Schema(name = "CaseloadPage")
public record CaseloadPage(List<CaseloadItem> items, int page, int size, long totalItems) {

    public static CaseloadPage of(Page<CaseloadItem> page) {
        return new CaseloadPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
