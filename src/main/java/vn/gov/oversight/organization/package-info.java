/**
 * Organization: the directory of agencies, their people and the dated roles they play
 * (which agency is the coordinator, who sits on the steering committee), and successions
 * when agencies merge. The directory lives in the application's tables and is mirrored
 * into Camunda's identity service: one Camunda group per agency (its code), plus the
 * groups {@code coordinator} and {@code steering-committee}, and the authorizations that
 * let each agency see only its own work.
 * <p>
 * A process that works for an agency sets the variable {@value Directory#AGENCY_VARIABLE}
 * when it starts and names the agency's code as candidate group of its tasks: its members
 * then see and work on that instance and those tasks, and a succession moves them to the
 * successor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package vn.gov.oversight.organization;
