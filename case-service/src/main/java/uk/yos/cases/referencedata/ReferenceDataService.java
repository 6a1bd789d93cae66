package uk.yos.cases.referencedata;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import uk.yos.cases.audit.CaseAuditAction;
import uk.yos.common.audit.AuditLog;
import uk.yos.common.calendar.TimeSource;
import uk.yos.common.concurrency.EntityTags;
import uk.yos.common.problem.ProblemException;
import uk.yos.web.security.Caller;

@ApplicationScoped
public class ReferenceDataService {

    private static final String RECORD_TYPE = "REFERENCE_ITEM";

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    TimeSource time;

    public List<ReferenceItem> list(ReferenceCategory category, boolean includeInactive) {
        String query = includeInactive ? "key.category = ?1" : "key.category = ?1 and active = true";
        return ReferenceItem.list(query, Sort.by("name"), category);
    }

    public ReferenceItem get(ReferenceCategory category, String code) {
        return ProblemException.orNotFound(ReferenceItem.findById(new ReferenceItem.Key(category, code)), "Reference item");
    }

    @Transactional
    public ReferenceItem create(ReferenceCategory category, ReferenceItemRequest request) {
        if (request.code() == null) {
            throw ProblemException.invalid("code", "must not be null");
        }
        if (ReferenceItem.findById(new ReferenceItem.Key(category, request.code())) != null) {
            throw ProblemException.conflict("A " + category.label() + " with this code already exists");
        }
        ReferenceItem item = new ReferenceItem();
        item.key = new ReferenceItem.Key(category, request.code());
        apply(category, item, request);
        item.persistAndFlush();
        audit.record(CaseAuditAction.CREATE, RECORD_TYPE, category + "/" + item.key.code, null);
        return item;
    }

    @Transactional
    public ReferenceItem update(ReferenceCategory category, String code, ReferenceItemRequest request, String ifMatch) {
        ReferenceItem item = get(category, code);
        EntityTags.requireMatch(ifMatch, item.version);
        apply(category, item, request);
        item.persistAndFlush();
        audit.record(CaseAuditAction.UPDATE, RECORD_TYPE, category + "/" + code, null);
        return item;
    }

    private void apply(ReferenceCategory category, ReferenceItem item, ReferenceItemRequest request) {
        String areaCode = request.areaCode();
        if (areaCode == null && category.areaRequired()) {
            throw ProblemException.invalid("areaCode", "is required for a " + category.label());
        }
        if (areaCode != null) {
            if (!category.areaAllowed()) {
                throw ProblemException.invalid("areaCode", "does not apply to a " + category.label());
            }
            referenceData.requireKnown(ReferenceCategory.AREA, areaCode, "areaCode", item.areaCode);
        }
        item.name = request.name().strip();
        item.areaCode = areaCode;
        item.active = request.active();
        item.updatedAt = time.now();
        item.updatedBy = caller.username();
    }
}
