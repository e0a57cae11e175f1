package cn.tenstrong.project;

/** One choice of a binding filter field: its code and its Chinese label. */
public record BindingOption(String value, String label) {
}
