import * as v from "valibot";
import {
  API_VERSION_HEADER,
  CurrentUserV20251028,
  CurrentUserV20260121,
  CvmDetailV20251028,
  CvmInfoDetailV20260121,
  DEFAULT_API_VERSION,
  isApiVersion,
  isSupportedApiVersion,
  schemasForVersion,
  SUPPORTED_API_VERSIONS,
  type VersionedResponse,
} from "../src";
import { fixture } from "./fixture";

describe("API versions", () => {
  it("pins 2026-01-21 by default and knows @phala/cloud 0.2.9's versions and the Python SDK's newer ones", () => {
    expect(DEFAULT_API_VERSION).toBe("2026-01-21");
    // phala_cloud/client.py (Python SDK, main): SUPPORTED_API_VERSIONS adds 2026-05-22 and 2026-06-23.
    expect([...SUPPORTED_API_VERSIONS]).toEqual(["2025-10-28", "2026-01-21", "2026-05-22", "2026-06-23"]);
    expect(SUPPORTED_API_VERSIONS).toContain(DEFAULT_API_VERSION);
    expect(API_VERSION_HEADER).toBe("X-Phala-Version");
  });

  it("knows the supported versions; any YYYY-MM-DD has the form of a version", () => {
    expect(isSupportedApiVersion("2025-10-28")).toBe(true);
    expect(isSupportedApiVersion("2026-06-23")).toBe(true);
    expect(isSupportedApiVersion("2025-05-31")).toBe(false);
    expect(isSupportedApiVersion(20260121)).toBe(false);
    expect(isApiVersion("2027-01-01")).toBe(true);
    expect(isApiVersion("2025-05-31")).toBe(true);
    for (const bad of ["latest", "2026-1-21", "2026-13-01", "2026-01-00", "2026-01-21T00:00", 20260121, undefined]) {
      expect(isApiVersion(bad)).toBe(false);
    }
  });

  it("2026-05-22 and 2026-06-23 read the 2026-01-21 shapes; an unknown date reads the newest known", () => {
    for (const version of ["2026-05-22", "2026-06-23", "2027-01-01"] as const) {
      expect(schemasForVersion(version).currentUser).toBe(CurrentUserV20260121);
      expect(schemasForVersion(version).cvmDetail).toBe(CvmInfoDetailV20260121);
    }
  });

  it("picks the schemas of each version", () => {
    expect(schemasForVersion("2025-10-28").currentUser).toBe(CurrentUserV20251028);
    expect(schemasForVersion("2026-01-21").currentUser).toBe(CurrentUserV20260121);
    expect(schemasForVersion("2025-10-28").cvmDetail).toBe(CvmDetailV20251028);
    expect(schemasForVersion("2026-01-21").cvmDetail).toBe(CvmInfoDetailV20260121);
  });

  it("the picked schema parses that version's fixture and types it", () => {
    const legacy: VersionedResponse<"2025-10-28", "currentUser"> = v.parse(
      schemasForVersion("2025-10-28").currentUser,
      fixture("current-user-v20251028"),
    );
    expect(legacy.team_name).toBe("Test Team");
    const current: VersionedResponse<"2026-01-21", "currentUser"> = v.parse(
      schemasForVersion("2026-01-21").currentUser,
      fixture("current-user-v20260121"),
    );
    expect(current.workspace.slug).toBe("test-team");
  });

  it("every version has the same set of versioned responses", () => {
    const keys = SUPPORTED_API_VERSIONS.map((version) => Object.keys(schemasForVersion(version)).sort());
    for (const other of keys.slice(1)) expect(other).toEqual(keys[0]);
    expect(keys[0]).toEqual(["appCvms", "appInfo", "appList", "currentUser", "cvmDetail", "cvmList", "cvmListItem"]);
  });
});
