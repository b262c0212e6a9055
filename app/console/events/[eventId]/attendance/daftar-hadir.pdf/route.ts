import { daftarHadirRoute } from "@/lib/attendance/daftar-hadir-route";

export const dynamic = "force-dynamic";

export const GET = daftarHadirRoute("pdf");
