package cn.tenstrong.project;

import java.time.LocalDate;

/** A project moved to a later stage (published inside the changing transaction). */
public record ProjectStageChanged(long projectId, String ref, ProjectStage from, ProjectStage to, LocalDate on) {
}
