// The demo seed's accounts (prisma/seed/people.ts); the e2e server starts from a fresh demo database.
export const DEMO_PASSWORD = "RakorDemo2024!";
export const ORGANIZER = { email: "panitia@rakor.demo", state: "e2e/.auth/organizer.json" };
export const COORDINATOR = { email: "operator.karanganyar@rakor.demo", state: "e2e/.auth/coordinator.json" };
export const DOOR_STAFF = { email: "pintu@rakor.demo", state: "e2e/.auth/door-staff.json" };
export const DEMO_EVENT_SLUG = "rakor-humas-pemasyarakatan-2024";
