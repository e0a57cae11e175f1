package cn.tenstrong.supervision;

/** 佐证材料 to attach: a file (name, type, bytes) or a link (name, url). */
public record NewEvidence(String name, String url, String contentType, byte[] content) {

    public static NewEvidence link(String name, String url) {
        return new NewEvidence(name, url, null, null);
    }

    public static NewEvidence file(String name, String contentType, byte[] content) {
        return new NewEvidence(name, null, contentType, content);
    }

    public boolean isFile() {
        return content != null;
    }
}
