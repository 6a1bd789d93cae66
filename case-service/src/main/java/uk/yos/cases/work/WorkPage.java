package uk.yos.cases.work;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

@Schema(name = "WorkPage")
public record WorkPage(List<WorkItemView> items, int page, int size, long totalItems) {

    static WorkPage of(Page<WorkItemView> page) {
        return new WorkPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
