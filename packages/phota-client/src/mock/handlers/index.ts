export { accountHandlers } from "./account";
export { downloadHandlers } from "./downloads";
export { jobHandlers } from "./jobs";
export { profileHandlers } from "./profiles";
export { studioHandlers } from "./studio";
