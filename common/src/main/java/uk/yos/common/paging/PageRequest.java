package uk.yos.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list endpoint takes: {@code page}, {@code size} and {@code sort}. */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = 100_000, message = "must be 100000 or less")
    @Parameter(description = "Page number, from 0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and 100")
    @Max(value = MAX_SIZE, message = "must be between 1 and 100")
    @Parameter(description = "Page size, 1 to 100 (default 20)")
    int size;

    @QueryParam("sort")
    @Pattern(regexp = "-?[A-Za-z]{1,40}(,-?[A-Za-z]{1,40}){0,3}",
            message = "must be a comma-separated list of up to 4 field names, each optionally prefixed by '-' for descending")
    @Parameter(description = "Sort fields, comma-separated; prefix a field with '-' for descending. "
            + "Each list documents the fields it allows.")
    String sort;

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public String sort() {
        return sort;
    }
}
