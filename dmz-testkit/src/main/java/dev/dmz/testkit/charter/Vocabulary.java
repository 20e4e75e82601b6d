package dev.dmz.testkit.charter;

import java.util.List;

/**
 * The words generated charters are written with: people's and companies' names, matters, terms. The
 * first entry of each list is what a value shrinks to, so it is the plainest.
 */
final class Vocabulary {
  /**
   * Given names from several languages, with diacritics and hyphens: none is a placeholder token,
   * carries a digit or is a role word ({@code dev.dmz.rules.staffing.Identification}).
   */
  static final List<String> GIVEN_NAMES = List.of(
      "Lena", "Omar", "Kira", "Jonas", "Amara", "Mateo", "Yuki", "Sofia", "Ines", "Piotr", "Aisha",
      "Björn", "Zoë", "José", "Anna-Lena", "Chiara", "Tomás", "Mei", "Ngozi", "Émile");
  /** Family names, some with an apostrophe, a particle or a hyphen. */
  static final List<String> FAMILY_NAMES = List.of(
      "Park", "Haddad", "Novak", "Becker", "Okafor", "García", "Tanaka", "Rossi", "Duarte",
      "Kowalski", "Müller", "O'Neill", "van der Berg", "Nakamura-Lee", "Lindqvist", "Dubois",
      "Şahin", "Moreau", "Ivanova", "Nguyen");
  /** The first part of a company's name. */
  static final List<String> COMPANY_STEMS = List.of(
      "Nordwerk", "Voltaic", "Ferrum", "Auria", "Kestrel", "Lumen", "Brightwave", "Sensora",
      "Tessel", "Orbis", "Halvard", "Quanta");
  /** Legal forms, as companies of several countries write them. */
  static final List<String> LEGAL_FORMS = List.of(
      "AG", "GmbH", "SE", "S.p.A.", "Srl", "Ltd", "Inc.", "S.A.", "K.K.", "AB", "B.V.", "Oy");
  /** The names of neutral firms a lead may be employed by; never a generated parent's id. */
  static final List<String> NEUTRAL_FIRMS = List.of("neutral", "dmz-partners", "pmo-collective",
      "freelance");
  /** Names of programs. */
  static final List<String> PROGRAMS = List.of(
      "Battery management", "Zonal controller", "Over-the-air updates", "Thermal system",
      "Driver assistance", "Charging stack", "Cockpit software", "Brake-by-wire");
  /** Ways disputes are settled. */
  static final List<String> DISPUTE_SETTLEMENTS = List.of(
      "The lead hears both sides and decides.",
      "The lead mediates; what stays open goes to the steering board.",
      "The lead decides within five working days; either side may appeal to the steering board.",
      "Two engineers of different parents propose a solution; the lead decides.");
  /** Matters of an escalation matrix. */
  static final List<String> MATTERS = List.of(
      "budget", "scope change", "schedule slip", "safety case", "supplier dispute", "staffing",
      "licence question");
  /** Outside bodies that may decide an escalated matter. */
  static final List<String> EXTERNAL_BODIES = List.of(
      "Arbitration panel", "Chamber of Commerce arbitration", "Independent safety assessor");
  /** Background assets a parent brings in. */
  static final List<String> ASSETS = List.of(
      "Cell model", "Legacy firmware", "Test rig", "Simulation library", "Calibration data",
      "Diagnostics stack", "Bootloader", "Design guidelines");
  /** Uses excluded from the program's usage rights. */
  static final List<String> CARVE_OUTS = List.of(
      "series production", "resale to third parties", "other OEM programs", "aftermarket parts",
      "export outside the EU");
  /** Post-program licences. */
  static final List<String> LICENCES = List.of(
      "Non-exclusive, royalty-free.",
      "Non-exclusive, royalty-free, for the vehicle line of the program only.",
      "Exclusive to the OEM for five years, then non-exclusive.",
      "Royalty-bearing at the rates of the annex.");
  /** Milestones. */
  static final List<String> MILESTONES = List.of(
      "Prototype", "Design freeze", "Bench test passed", "Vehicle integration", "Homologation",
      "Start of production", "Field test", "Software release");
  /** Expected impacts that justify a premium rate. */
  static final List<String> IMPACTS = List.of(
      "Knows the legacy firmware", "Wrote the cell model", "Led the last homologation",
      "Can halve the calibration time", "Designed the bootloader");
  /** Careers terms, a later wall. */
  static final List<String> CAREERS_TERMS = List.of(
      "Time in the DMZ counts as time in the home organisation for promotion.",
      "Each engineer keeps a mentor in the home organisation.");
  /** Security and workspace terms, a later wall. */
  static final List<String> WORKSPACE_TERMS = List.of(
      "One shared office; the program's network is separate from every parent's.",
      "Remote first; one shared lab with access by badge.");
  /** Names no real person has: placeholder tokens, numbered seats, role titles, headcounts. */
  static final List<String> PLACEHOLDER_NAMES = List.of(
      "TBD", "N.N.", "Senior Developer #3", "5 x Java developer", "to be named", "Engineer 2",
      "unknown", "Architect", "3 developers", "?", "new hire", "vacant");
  /** Roles of headcount lines. */
  static final List<String> ROLES = List.of(
      "Java developer", "embedded engineer", "test engineer", "functional safety expert",
      "architect");

  private Vocabulary() {}
}
