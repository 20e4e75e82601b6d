/**
 * JSON and YAML for DMZ programs: {@link dev.dmz.json.Documents} reads and writes charters, commands,
 * events, findings, readiness, decisions and program states (snapshots) as versioned documents; {@link dev.dmz.json.EventLog} and
 * {@link dev.dmz.json.CommandFile} read and write JSON Lines. Reading is strict: every mistake is a
 * {@link dev.dmz.json.DocumentException} naming the file, the line, the JSON path and the value.
 */
module dev.dmz.json {
  requires transitive dev.dmz.rules;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports dev.dmz.json;
  exports dev.dmz.json.store;
}
