import {
  AbortError,
  ApiError,
  CloudSdkError,
  ConnectionError,
  MissingCredentialError,
  TimeoutError,
} from "../src/index.js";

describe("error classes", () => {
  test("carry their own name and stay instances of their ancestors", () => {
    const error = new ApiError({ status: 404, message: "gone", code: "not-found", requestId: "req_1" });
    expect(error.name).toBe("ApiError");
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(CloudSdkError);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect([error.status, error.code, error.requestId, error.message]).toEqual([404, "not-found", "req_1", "gone"]);
  });

  test("instanceof works across two copies of the package", () => {
    let copy: typeof import("../src/index.js") | undefined;
    jest.isolateModules(() => {
      copy = require("../src/index.js") as typeof import("../src/index.js");
    });
    expect(copy!.ApiError).not.toBe(ApiError); // really a second copy
    const foreign = new copy!.ApiError({ status: 500, message: "boom" });
    expect(foreign).toBeInstanceOf(ApiError);
    expect(foreign).toBeInstanceOf(CloudSdkError);
    expect(ApiError.isInstance(foreign)).toBe(true);
    expect(foreign).not.toBeInstanceOf(TimeoutError);
    expect(new TimeoutError("slow", { timeoutMs: 5 })).not.toBeInstanceOf(copy!.ApiError);
  });

  test("a provider subclass with its own errorType is told apart from its siblings", () => {
    class ProviderError extends ApiError {
      static override readonly errorType: string = "provider.ProviderError";
    }
    class NotFoundError extends ProviderError {
      static override readonly errorType: string = "provider.NotFoundError";
    }
    class ServerError extends ProviderError {
      static override readonly errorType: string = "provider.ServerError";
    }
    const error = new NotFoundError({ status: 404, message: "missing" });
    expect(error.name).toBe("NotFoundError");
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(ServerError);
  });

  test("a user subclass without errorType falls back to prototype identity", () => {
    class MyError extends AbortError {}
    const mine = new MyError("mine");
    expect(mine).toBeInstanceOf(MyError);
    expect(mine).toBeInstanceOf(AbortError);
    expect(new AbortError("other")).not.toBeInstanceOf(MyError);
    expect(mine.name).toBe("MyError");
  });

  test("MissingCredentialError names every place looked, in order, and the fix", () => {
    const error = new MissingCredentialError({
      subject: "Lambda Cloud API key",
      lookedIn: ["the apiKey option", "the LAMBDA_API_KEY environment variable"],
      hint: "Pass apiKey to the client or set LAMBDA_API_KEY.",
    });
    expect(error.message).toBe(
      "Lambda Cloud API key not found. Looked in: the apiKey option; the LAMBDA_API_KEY environment variable. Pass apiKey to the client or set LAMBDA_API_KEY.",
    );
    expect(error.lookedIn).toEqual(["the apiKey option", "the LAMBDA_API_KEY environment variable"]);
  });

  test("ConnectionError keeps its cause", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    const error = new ConnectionError("could not reach", { cause });
    expect(error.cause).toBe(cause);
  });
});
