"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { inputClass } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInAction, type SignInState } from "@/lib/auth/actions";

/**
 * Sign-in in one or two steps: username and password, then — only when the server answers that
 * the account has a second factor — the 6-digit code or a recovery code. The password stays in
 * this component's state between the steps; the server never sends it back.
 */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const tc = useTranslations("signInCode");
  const [state, action] = useActionState<SignInState, FormData>(signInAction, {});
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  // "Back" returns to the password step for the answer currently shown.
  const [leftState, setLeftState] = useState<SignInState | null>(null);
  const step = leftState === state ? "password" : (state.step ?? "password");
  const describedBy = state.error ? "login-error" : undefined;

  return (
    <form action={action} className="mt-5 space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {step === "code" ? (
        <>
          <input type="hidden" name="username" value={username} />
          <input type="hidden" name="password" value={password} />
          <p className="text-sm text-slate-700" data-testid="totp-prompt">
            {tc("intro", { username })}
          </p>
          <div>
            <label htmlFor="otp" className="block text-sm font-medium text-slate-700">
              {tc("label")}
            </label>
            <input
              id="otp"
              name="otp"
              autoComplete="one-time-code"
              required
              autoFocus
              maxLength={32}
              aria-invalid={state.error === "invalid_code"}
              aria-describedby={`otp-hint${describedBy ? ` ${describedBy}` : ""}`}
              className={`${inputClass} font-mono tracking-widest`}
            />
            <p id="otp-hint" className="mt-1 text-xs text-slate-500">
              {tc("hint")}
            </p>
          </div>
        </>
      ) : (
        <>
          <div>
            <label htmlFor="username" className="block text-sm font-medium text-slate-700">
              {t("username")}
            </label>
            <input
              id="username"
              name="username"
              autoComplete="username"
              required
              autoFocus
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              aria-invalid={Boolean(state.error)}
              aria-describedby={describedBy}
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor="password" className="block text-sm font-medium text-slate-700">
              {t("password")}
            </label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={Boolean(state.error)}
              aria-describedby={describedBy}
              className={inputClass}
            />
          </div>
        </>
      )}
      <div aria-live="polite" id="login-error" data-testid="form-error">
        {state.error && step === (state.step ?? "password") ? (
          <p className="rounded-md border border-danger-500/30 bg-danger-50 px-3 py-2 text-sm text-danger-700">
            {state.error === "invalid_code"
              ? tc("invalid")
              : state.error === "throttled"
                ? t("errors.throttled", { minutes: state.retryInMinutes ?? 15 })
                : t(`errors.${state.error}`)}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel={t("pending")} className="w-full">
        {step === "code" ? tc("submit") : t("submit")}
      </SubmitButton>
      {step === "code" ? (
        <button
          type="button"
          onClick={() => {
            setLeftState(state);
            setPassword("");
          }}
          className="w-full text-center text-sm text-union-700 underline-offset-2 hover:underline"
        >
          {tc("back")}
        </button>
      ) : null}
    </form>
  );
}
