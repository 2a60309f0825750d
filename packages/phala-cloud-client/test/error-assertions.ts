import { ApiError, PhalaCloudError } from "../src";

/** The error a call fails with, checked against what every row of the error table shares. */
export async function failure(call: Promise<unknown>): Promise<PhalaCloudError> {
  const error = await call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (caught: unknown) => caught,
  );
  // Every row: a PhalaCloudError (and an auth-core ApiError) carrying status, detail and requestId.
  expect(error).toBeInstanceOf(PhalaCloudError);
  expect(error).toBeInstanceOf(ApiError);
  for (const field of ["status", "detail", "requestId"]) expect(Object.keys(error as object)).toContain(field);
  return error as PhalaCloudError;
}
