package uk.yos.cases.caserecord;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

@Schema(name = "CasePage")
public record CasePage(List<CaseSummaryView> items, int page, int size, long totalItems) {

    static CasePage of(Page<CaseSummaryView> page) {
        return new CasePage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
