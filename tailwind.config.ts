import type { Config } from "tailwindcss";

// Tailwind 4 reads this file through `@config` in app/globals.css.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        // Youth Union blue: the single accent.
        union: {
          50: "#eef4fc",
          100: "#d6e4f7",
          200: "#adc8ee",
          300: "#7aa5e1",
          500: "#1f5fbf",
          600: "#1a4fa0",
          700: "#163f80",
          800: "#122f60",
          900: "#0c2145",
        },
        // Volunteer green: done / covered.
        covered: { 50: "#edf8f0", 100: "#d3eedb", 500: "#2e8540", 600: "#246b33", 700: "#1b5227" },
        gap: { 50: "#fff7e6", 500: "#b45309", 700: "#8a3f06" },
        danger: { 50: "#fdecec", 500: "#c62828", 700: "#8e1c1c" },
        // Secondary text. Tailwind's slate-500 (#64748b) is 4.76:1 on white but only 4.3–4.4:1 on
        // the page background (#f4f6f9), slate-100 and the tinted panels, under WCAG AA's 4.5:1
        // (axe color-contrast). This shade keeps the look and reads ≥ 5:1 on every surface we use.
        slate: { 500: "#5b6779" },
      },
      fontFamily: {
        sans: ["'Be Vietnam Pro'", "system-ui", "sans-serif"],
      },
    },
  },
};

export default config;
