package cn.tenstrong.shared;

/**
 * A rule of the domain was broken. The message is Chinese and safe to show to the user;
 * {@link #kind()} decides the HTTP status.
 */
public class DomainException extends RuntimeException {

    /** What went wrong, which fixes the HTTP status the API answers with. */
    public enum Kind { NOT_FOUND, INVALID, CONFLICT, FORBIDDEN }

    private final Kind kind;
    private final String field;

    public DomainException(Kind kind, String message) {
        this(kind, message, (Throwable) null);
    }

    public DomainException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.field = null;
    }

    private DomainException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The form field the problem is about (a form shows the message next to it), or null when it is no one field's. */
    public String field() {
        return field;
    }

    public static DomainException notFound(String message) {
        return new DomainException(Kind.NOT_FOUND, message);
    }

    public static DomainException invalid(String message) {
        return new DomainException(Kind.INVALID, message);
    }

    /** Invalid input in one field: forms show the message next to it. */
    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, field, message);
    }

    /** Someone else changed the record since it was read (optimistic locking on the version column). */
    public static DomainException conflict(String message) {
        return new DomainException(Kind.CONFLICT, message);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(Kind.FORBIDDEN, message);
    }
}
