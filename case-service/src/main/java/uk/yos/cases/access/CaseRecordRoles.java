package uk.yos.cases.access;

/**
 * The roles of the records kept on a case (assessments, oversight, screenings, panels, plans, what is due), as their
 * OpenAPI descriptions state them: the same for each, because each is read and written within its case's scope.
 */
public final class CaseRecordRoles {

    public static final String READ = "Roles: case-manager, operations-manager, head-of-service, for cases in their "
            + "scope; a case outside it answers 404. Every read is audited.";
    public static final String RECORD = "Roles: case-manager, operations-manager, for cases in their scope. ";

    private CaseRecordRoles() {
    }
}
