CREATE TABLE "import_locks" (
	"commune_id" integer PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"kind" text NOT NULL,
	"locked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "import_locks_expires_after_lock" CHECK ("import_locks"."expires_at" > "import_locks"."locked_at")
);
--> statement-breakpoint
ALTER TABLE "import_locks" ADD CONSTRAINT "import_locks_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;