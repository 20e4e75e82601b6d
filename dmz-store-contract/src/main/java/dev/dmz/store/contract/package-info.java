/**
 * What every {@link dev.dmz.json.store.ProgramStore} must do, as a JUnit Jupiter suite: extend {@link
 * dev.dmz.store.contract.ProgramStoreContract}, give it your store and a way to tamper with a stored
 * entry, and every case runs against your store.
 */
package dev.dmz.store.contract;
