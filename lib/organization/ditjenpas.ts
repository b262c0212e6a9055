// The organisation Rakor is first deployed for: the top of the unit hierarchy (Ditjen → Kanwil → UPT).
// Kept apart from the demo seed so the app does not pull the seed's files into its server bundle.
export const DITJENPAS = {
  code: "DITJENPAS",
  name: "Direktorat Jenderal Pemasyarakatan",
  shortName: "Ditjenpas",
} as const;
