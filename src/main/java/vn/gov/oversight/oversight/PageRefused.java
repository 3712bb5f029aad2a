package vn.gov.oversight.oversight;

import org.springframework.http.HttpStatus;

/**
 * A page the person may not see, or that does not exist: answered with a page saying so
 * in Vietnamese.
 */
class PageRefused extends RuntimeException {

    private final HttpStatus status;

    PageRefused(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

}
