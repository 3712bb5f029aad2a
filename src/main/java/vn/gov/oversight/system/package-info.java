/**
 * System: what every capability stands on and none owns. The web's problem responses (RFC
 * 7807), security (Spring Security for the application's API, Camunda's own
 * authentication for its REST API and web apps, the guard against expressions in
 * queries), the engine's set-up (Flyway before Camunda) and start-up checks. It imports
 * no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package vn.gov.oversight.system;
