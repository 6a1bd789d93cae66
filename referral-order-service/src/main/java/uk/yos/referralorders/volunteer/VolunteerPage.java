package uk.yos.referralorders.volunteer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

@Schema(name = "VolunteerPage")
public record VolunteerPage(List<VolunteerSummaryView> items, int page, int size, long totalItems) {

    static VolunteerPage of(Page<VolunteerSummaryView> page) {
        return new VolunteerPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
