package cn.yeji.hazard.facts;

/** A person on a post that needs a certificate. */
public record StaffAssignment(String path, String name, StaffRole role, Boolean certified) implements Fact {
}
