package uk.yos.victims.victim;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

@Schema(name = "VictimPage")
public record VictimPage(List<VictimSummaryView> items, int page, int size, long totalItems) {

    static VictimPage of(Page<VictimSummaryView> page) {
        return new VictimPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
