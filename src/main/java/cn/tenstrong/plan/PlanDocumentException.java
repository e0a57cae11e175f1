package cn.tenstrong.plan;

/** A plan document that cannot be read; the message is in Chinese and meant for the user. */
public class PlanDocumentException extends RuntimeException {
    public PlanDocumentException(String message) {
        super(message);
    }

    public PlanDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
