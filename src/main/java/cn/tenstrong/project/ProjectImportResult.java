package cn.tenstrong.project;

import java.util.List;

/** What an import stored: projects created, and the possible duplicates it flagged ("ref name: reason"). */
public record ProjectImportResult(int rows, List<String> refs, List<String> flagged) {
}
