CREATE TABLE "auth_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"blocked_until" timestamp with time zone,
	"last_attempt_at" timestamp with time zone NOT NULL,
	CONSTRAINT "auth_throttle_failures_nonnegative" CHECK ("auth_throttle"."failures" >= 0)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_enrolled_sid" text;--> statement-breakpoint
CREATE INDEX "auth_throttle_last_attempt_idx" ON "auth_throttle" USING btree ("last_attempt_at");