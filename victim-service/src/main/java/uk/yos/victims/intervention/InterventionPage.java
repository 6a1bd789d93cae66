package uk.yos.victims.intervention;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

@Schema(name = "RjInterventionPage")
public record InterventionPage(List<InterventionView> items, int page, int size, long totalItems) {

    static InterventionPage of(Page<InterventionView> page) {
        return new InterventionPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
