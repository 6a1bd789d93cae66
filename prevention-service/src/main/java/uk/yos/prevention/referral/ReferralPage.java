package uk.yos.prevention.referral;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

@Schema(name = "PreventionReferralPage")
public record ReferralPage(List<ReferralSummaryView> items, int page, int size, long totalItems) {

    static ReferralPage of(Page<ReferralSummaryView> page) {
        return new ReferralPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
