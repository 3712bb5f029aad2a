package vn.gov.oversight.oversight;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages' links that carry the board's filters; empty filters are left out of the
 * address. Public for the templates only (they call its methods); no other module uses
 * it.
 */
final class PageLinks {

    private final BoardFilter filter;

    private final BoardSort sort;

    private final boolean descending;

    PageLinks(BoardFilter filter, BoardSort sort, boolean descending) {
        this.filter = filter;
        this.sort = sort;
        this.descending = descending;
    }

    /**
     * The list behind a number: {@code agency} null for every agency, {@code count} a
     * {@link Board.Count} name.
     */
    public String items(String agency, String count) {
        return with("/oversight/assignments").queryParamIfPresent("agency", Optional.ofNullable(agency))
            .queryParamIfPresent("status", Optional.ofNullable(count))
            .encode()
            .build()
            .toUriString();
    }

    /** Page {@code page} of the list behind a number. */
    public String itemsPage(String agency, String count, int page) {
        return with("/oversight/assignments").queryParamIfPresent("agency", Optional.ofNullable(agency))
            .queryParamIfPresent("status", Optional.ofNullable(count))
            .queryParam("page", page)
            .encode()
            .build()
            .toUriString();
    }

    /** The board sorted by {@code key}; the sorted column again turns the order round. */
    public String sortedBy(String key) {
        BoardSort column = BoardSort.of(key);
        boolean down = column == sort ? !descending : column != BoardSort.NAME;
        return with("/oversight").queryParam("sort", column.key())
            .queryParam("dir", down ? "desc" : "asc")
            .encode()
            .build()
            .toUriString();
    }

    public String escalations(String agency) {
        return UriComponentsBuilder.fromPath("/oversight/escalations")
            .queryParamIfPresent("plan", Optional.ofNullable(filter.plan()))
            .queryParamIfPresent("agency", Optional.ofNullable(agency))
            .encode()
            .build()
            .toUriString();
    }

    /** The same page as a workbook: the address with {@code .xlsx} and the same query. */
    static String workbook(String path, String query) {
        return path + ".xlsx" + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private UriComponentsBuilder with(String path) {
        return UriComponentsBuilder.fromPath(path)
            .queryParamIfPresent("plan", Optional.ofNullable(filter.plan()))
            .queryParamIfPresent("group", Optional.ofNullable(filter.group()))
            .queryParamIfPresent("period", Optional.ofNullable(filter.period()));
    }

}
