package uk.yos.devstack;

import java.time.LocalDate;

/** What every part of a demo load works with: the calls through the gateway, the tally, and the day it runs on. */
abstract class DemoPart {

    protected final DemoApi api;
    protected final DemoTally tally;
    /** The day in England: the services' dates are checked against it. */
    protected final LocalDate today;

    protected DemoPart(DemoApi api, DemoTally tally, LocalDate today) {
        this.api = api;
        this.tally = tally;
        this.today = today;
    }
}
