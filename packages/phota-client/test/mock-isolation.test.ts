import { createPhotaMock } from "../src/mock";

describe("state per mock instance", () => {
  it("never shares data between two mocks, nor with the default seed", () => {
    const a = createPhotaMock();
    const b = createPhotaMock();
    a.state.profiles.clear();
    a.state.creditCents = 1;
    a.failNext({ status: 503 });
    expect(b.state.profiles.size).toBe(3);
    expect(b.state.creditCents).toBe(10_000);
    expect(b.state.failures).toEqual([]);
    a.reset();
    expect(a.state.profiles.size).toBe(3);
  });

  it("keeps the seed's profiles apart from the state's", () => {
    const seedProfiles = [{ profile_id: "p1" }];
    const mock = createPhotaMock({ seed: { profiles: seedProfiles } });
    mock.state.profiles.delete("p1");
    mock.reset();
    expect([...mock.state.profiles.keys()]).toEqual(["p1"]);
    expect(seedProfiles).toEqual([{ profile_id: "p1" }]);
  });

  it("ignores seed fields given as undefined", () => {
    const mock = createPhotaMock({ seed: { creditCents: undefined } });
    expect(mock.state.creditCents).toBe(10_000);
  });
});
