export * from "./enums";
export * from "./units";
export * from "./accounts";
export * from "./people";
export * from "./support";
export * from "./planning";
export * from "./imports";
export * from "./reports";
