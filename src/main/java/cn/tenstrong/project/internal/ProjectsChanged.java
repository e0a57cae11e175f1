package cn.tenstrong.project.internal;

/** A project was created or changed (inside the module: bindings recompute). */
record ProjectsChanged(long projectId) {
}
