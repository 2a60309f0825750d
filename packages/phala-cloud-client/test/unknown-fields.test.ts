import { RequestValidationError } from "../src";
import { useFake } from "./client-setup";

const fake = useFake();

// Exact writer, open to what comes next: a field this SDK does not know is sent as given (a field
// the API added after this release), while the fields it knows keep their checks. The CVM's
// identifier fields (id, uuid, app_id, instance_id, name) go into the path, never into the body.
describe("unknown request fields are sent as given", () => {
  it("a query key: getCvmList({ family }) (the Python SDK's GetCvmListRequest has `family`)", async () => {
    await fake.client().getCvmList({ page: 1, family: "gpu" } as never);
    await fake.expectLast("GET", "/cvms/paginated?page=1&family=gpu");
  });

  it("a query key of getKmsList, next to a known one", async () => {
    await fake.client().getKmsList({ is_onchain: true, chain_id: 8453 } as never);
    await fake.expectLast("GET", "/kms?is_onchain=true&chain_id=8453");
  });

  it("a body field of updateCvmEnvs, without the identifier fields", async () => {
    await fake.client().updateCvmEnvs({ name: "my-web-app", encrypted_env: "deadbeef", allow_restart: true } as never);
    const sent = await fake.expectLast("PATCH", "/cvms/my-web-app/envs");
    expect(JSON.parse(sent.body)).toEqual({ encrypted_env: "deadbeef", allow_restart: true });
  });

  it("a body field of updateCvmResources and updateCvmVisibility", async () => {
    await fake.client().updateCvmResources({ id: "101", vcpu: 2, gpus: 1 } as never);
    expect(JSON.parse((await fake.expectLast("PATCH", "/cvms/101/resources")).body)).toEqual({ vcpu: 2, gpus: 1 });
    await fake.client().updateCvmVisibility({ name: "my-web-app", public_sysinfo: true, public_logs: true, public_metrics: true } as never);
    const sent = await fake.expectLast("PATCH", "/cvms/my-web-app/visibility");
    expect(JSON.parse(sent.body)).toEqual({ public_sysinfo: true, public_logs: true, public_metrics: true });
  });

  it("a body field of restartCvm, with force still false by default", async () => {
    await fake.client().restartCvm({ name: "my-web-app", reason: "rotate" } as never);
    expect(JSON.parse((await fake.expectLast("POST", "/cvms/my-web-app/restart")).body)).toEqual({ force: false, reason: "rotate" });
  });

  it("a body field of provisionCvm and of its compose_file", async () => {
    await fake.client().provisionCvm({
      name: "new-app",
      instance_type: "tdx.small",
      compose_file: { docker_compose_file: "services: {}\n", name: "new-app", bash_script: "echo" },
      prefer_dedicated: true,
    } as never);
    const body = JSON.parse((await fake.expectLast("POST", "/cvms/provision")).body);
    expect(body).toMatchObject({ prefer_dedicated: true, compose_file: { bash_script: "echo" } });
  });

  it("a known field with a bad value is still refused, and nothing is sent", async () => {
    await expect(fake.client().updateCvmResources({ name: "my-web-app", vcpu: 0, gpus: 1 } as never)).rejects.toThrow(RequestValidationError);
    await expect(fake.client().getCvmList({ page: "2", family: "gpu" } as never)).rejects.toThrow(/page: expected number/);
    expect(await fake.requests()).toHaveLength(0);
  });
});
