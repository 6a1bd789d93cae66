package uk.yos.referralorders.panel;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

@Schema(name = "PanelPage")
public record PanelPage(List<PanelSummaryView> items, int page, int size, long totalItems) {

    static PanelPage of(Page<PanelSummaryView> page) {
        return new PanelPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
