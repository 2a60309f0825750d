import * as v from "valibot";
import {
  API_VERSION_HEADER,
  CurrentUserV20251028,
  CurrentUserV20260121,
  CvmDetailV20251028,
  CvmInfoDetailV20260121,
  DEFAULT_API_VERSION,
  isSupportedApiVersion,
  schemasForVersion,
  SUPPORTED_API_VERSIONS,
  type VersionedResponse,
} from "../src";
import { fixture } from "./fixture";

describe("API versions", () => {
  it("pins 2026-01-21 by default and supports what @phala/cloud 0.2.9 supports", () => {
    expect(DEFAULT_API_VERSION).toBe("2026-01-21");
    expect([...SUPPORTED_API_VERSIONS]).toEqual(["2025-10-28", "2026-01-21"]);
    expect(SUPPORTED_API_VERSIONS).toContain(DEFAULT_API_VERSION);
    expect(API_VERSION_HEADER).toBe("X-Phala-Version");
  });

  it("recognises only the supported versions", () => {
    expect(isSupportedApiVersion("2025-10-28")).toBe(true);
    expect(isSupportedApiVersion("2025-05-31")).toBe(false);
    expect(isSupportedApiVersion(20260121)).toBe(false);
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
    expect(keys[0]).toEqual(keys[1]);
    expect(keys[0]).toEqual(["appCvms", "appInfo", "appList", "currentUser", "cvmDetail", "cvmList", "cvmListItem"]);
  });
});
