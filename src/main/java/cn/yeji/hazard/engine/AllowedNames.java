package cn.yeji.hazard.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.yeji.hazard.facts.Activity;
import cn.yeji.hazard.facts.ActivityKind;
import cn.yeji.hazard.facts.AuthorityFinding;
import cn.yeji.hazard.facts.Basis;
import cn.yeji.hazard.facts.Building;
import cn.yeji.hazard.facts.BuildingGrade;
import cn.yeji.hazard.facts.Canteen;
import cn.yeji.hazard.facts.Channel;
import cn.yeji.hazard.facts.CoreFireClass;
import cn.yeji.hazard.facts.Decoration;
import cn.yeji.hazard.facts.Element;
import cn.yeji.hazard.facts.ElementOption;
import cn.yeji.hazard.facts.ElementTally;
import cn.yeji.hazard.facts.EquipmentCategory;
import cn.yeji.hazard.facts.Escalation;
import cn.yeji.hazard.facts.Evidence;
import cn.yeji.hazard.facts.Facility;
import cn.yeji.hazard.facts.FacilityKind;
import cn.yeji.hazard.facts.Fact;
import cn.yeji.hazard.facts.Finding;
import cn.yeji.hazard.facts.FireAcceptance;
import cn.yeji.hazard.facts.FireControlRoom;
import cn.yeji.hazard.facts.Inspection;
import cn.yeji.hazard.facts.InspectionStatus;
import cn.yeji.hazard.facts.Institution;
import cn.yeji.hazard.facts.Issuer;
import cn.yeji.hazard.facts.Level;
import cn.yeji.hazard.facts.Management;
import cn.yeji.hazard.facts.MedicalUnit;
import cn.yeji.hazard.facts.Missing;
import cn.yeji.hazard.facts.Mode;
import cn.yeji.hazard.facts.Observation;
import cn.yeji.hazard.facts.Parameter;
import cn.yeji.hazard.facts.Period;
import cn.yeji.hazard.facts.PeriodKind;
import cn.yeji.hazard.facts.PossibleElement;
import cn.yeji.hazard.facts.SandwichPanel;
import cn.yeji.hazard.facts.Scope;
import cn.yeji.hazard.facts.Shortfall;
import cn.yeji.hazard.facts.SpecialEquipment;
import cn.yeji.hazard.facts.StaffAssignment;
import cn.yeji.hazard.facts.StaffRole;
import cn.yeji.hazard.facts.Township;
import cn.yeji.hazard.facts.Unknown;

/**
 * Every class a rule file may name, and every method and property it may use on them: the fact model,
 * {@link Conclude}, and plain value types. What is not here does not exist for a rule.
 */
final class AllowedNames {

	static final String FACTS_PACKAGE = "cn.yeji.hazard.facts";

	/** The fact model; {@code AllowedNamesTest} keeps it in step with the package's files. */
	static final List<Class<?>> FACT_MODEL = List.of(Activity.class, ActivityKind.class, AuthorityFinding.class,
			Basis.class, Building.class, BuildingGrade.class, Canteen.class, Channel.class, CoreFireClass.class,
			Decoration.class, Element.class, ElementOption.class, ElementTally.class, EquipmentCategory.class,
			Escalation.class, Evidence.class, Facility.class, FacilityKind.class, Fact.class, Finding.class, FireAcceptance.class,
			FireControlRoom.class, Inspection.class, InspectionStatus.class, Institution.class, Issuer.class,
			Level.class, Management.class, MedicalUnit.class, Missing.class, Mode.class, Observation.class,
			Parameter.class, Period.class, PeriodKind.class, PossibleElement.class, SandwichPanel.class, Scope.class,
			Shortfall.class, SpecialEquipment.class, StaffAssignment.class, StaffRole.class, Township.class,
			Unknown.class);

	/** Values a condition or a consequence may compute with; none of them reaches files, threads or classes. */
	static final List<Class<?>> VALUE_TYPES = List.of(String.class, Integer.class, Long.class, Double.class,
			Float.class, Short.class, Byte.class, Boolean.class, Character.class, Number.class, Math.class,
			StringBuilder.class, CharSequence.class, Comparable.class, Object.class, java.util.List.class,
			java.util.ArrayList.class, java.util.Set.class, java.util.HashSet.class, java.util.LinkedHashSet.class,
			java.util.TreeSet.class, java.util.Map.class, java.util.HashMap.class, java.util.LinkedHashMap.class,
			java.util.TreeMap.class, java.util.Collection.class, java.util.Collections.class, java.util.Objects.class,
			Optional.class, java.util.Arrays.class, java.time.LocalDate.class, java.time.LocalDateTime.class,
			java.time.Period.class, java.time.Duration.class, java.time.Year.class, java.time.YearMonth.class,
			java.time.Month.class, java.time.DayOfWeek.class, java.time.temporal.ChronoUnit.class,
			java.math.BigDecimal.class, java.math.BigInteger.class, java.math.RoundingMode.class);

	/**
	 * Methods no rule may call on anything, though allowed types have them: they lead to classes, threads,
	 * or run code on other threads.
	 */
	private static final Set<String> NEVER = Set.of("getClass", "getDeclaringClass", "wait", "notify", "notifyAll",
			"stream", "parallelStream", "spliterator", "describeConstable", "resolveConstantDesc");

	private static final AllowedNames INSTANCE = new AllowedNames();

	private final Map<String, Class<?>> byQualifiedName = new HashMap<>();

	private final Set<String> methods = new HashSet<>();

	private final Set<String> properties = new HashSet<>();

	private AllowedNames() {
		for (Class<?> type : FACT_MODEL) {
			add(type);
		}
		for (Class<?> type : VALUE_TYPES) {
			add(type);
		}
		add(Conclude.class);
		methods.removeAll(NEVER);
		properties.removeAll(NEVER);
	}

	static AllowedNames get() {
		return INSTANCE;
	}

	private void add(Class<?> type) {
		byQualifiedName.put(type.getName().replace('$', '.'), type);
		for (Method m : type.getMethods()) {
			methods.add(m.getName());
		}
		for (String p : propertiesOf(type)) {
			properties.add(p);
		}
	}

	/** The allowed class of that qualified name, if there is one. */
	Optional<Class<?>> type(String qualifiedName) {
		return Optional.ofNullable(byQualifiedName.get(qualifiedName));
	}

	/** A method some allowed type has, and that is safe to call on any value. */
	boolean method(String name) {
		return methods.contains(name);
	}

	/** A property (record component or getter) some allowed type has. */
	boolean property(String name) {
		return properties.contains(name);
	}

	static boolean staticMethod(Class<?> type, String name) {
		if (NEVER.contains(name)) {
			return false;
		}
		for (Method m : type.getMethods()) {
			if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers())) {
				return true;
			}
		}
		return false;
	}

	static boolean staticField(Class<?> type, String name) {
		for (Field f : type.getFields()) {
			if (f.getName().equals(name) && Modifier.isStatic(f.getModifiers())) {
				return true;
			}
		}
		return false;
	}

	/** What a constraint may name bare inside a pattern of this type: its record components and getters. */
	static Set<String> propertiesOf(Class<?> type) {
		Set<String> names = new HashSet<>();
		if (type.isRecord()) {
			for (RecordComponent c : type.getRecordComponents()) {
				names.add(c.getName());
			}
		}
		for (Method m : type.getMethods()) {
			if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || NEVER.contains(m.getName())) {
				continue;
			}
			String n = m.getName();
			if (n.startsWith("get") && n.length() > 3) {
				names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
			}
			else if (n.startsWith("is") && n.length() > 2) {
				names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
			}
		}
		names.remove("class");
		return names;
	}

}
