package uk.yos.victims.contact;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.yos.common.paging.Page;

@Schema(name = "VictimContactPage")
public record ContactPage(List<ContactView> items, int page, int size, long totalItems) {

    static ContactPage of(Page<ContactView> page) {
        return new ContactPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
