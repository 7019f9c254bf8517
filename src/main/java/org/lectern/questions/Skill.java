package org.lectern.questions;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Skill {
    recall("recall"), vocabulary("vocabulary"), inference("inference"), main_idea("main idea"),
    evaluate("evaluate"), compare("compare"), apply("apply");

    private final String label;

    Skill(String label) { this.label = label; }

    @JsonValue
    public String label() { return label; }

    public static Skill parse(String s) {
        for (Skill k : values()) if (k.label.equalsIgnoreCase(s.strip()) || k.name().equalsIgnoreCase(s.strip())) return k;
        throw new IllegalArgumentException("unknown skill: " + s);
    }
}
