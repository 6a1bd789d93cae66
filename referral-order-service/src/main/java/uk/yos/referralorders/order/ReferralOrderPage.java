package uk.yos.referralorders.order;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

@Schema(name = "ReferralOrderPage")
public record ReferralOrderPage(List<ReferralOrderSummaryView> items, int page, int size, long totalItems) {

    static ReferralOrderPage of(Page<ReferralOrderSummaryView> page) {
        return new ReferralOrderPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
