module.exports = require("@cloud-sdk/jest-config")();
