PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE "AppraisalForms" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AppraisalForms" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "StaffMemberId" INTEGER NOT NULL,
    "Group" TEXT NOT NULL,
    "EvaluatorUserId" TEXT NULL,
    "EvaluatorName" TEXT NOT NULL,
    "ScoredDimension" TEXT NULL,
    "ScoredId" INTEGER NULL,
    "ScoredName" TEXT NULL,
    "SelfAssessmentNote" TEXT NULL,
    "MidYearNote" TEXT NULL,
    "EvaluatorComment" TEXT NULL,
    "ObjectivesAcknowledgedAtUtc" TEXT NULL,
    "ProposedScore" REAL NULL,
    "ProposedAtUtc" TEXT NULL,
    "UnitScore" REAL NULL,
    "DifferentiationScore" REAL NULL,
    "HearingStatement" TEXT NULL,
    "AcknowledgedAtUtc" TEXT NULL,
    "PersonObservations" TEXT NULL,
    "ConciliationReasons" TEXT NULL,
    "ConciliationRequestedAtUtc" TEXT NULL,
    "ConciliationChanged" INTEGER NULL,
    "ConciliationDecision" TEXT NULL,
    "ConciliationDecidedAtUtc" TEXT NULL,
    "ScoreBeforeConciliation" REAL NULL,
    "FinalScore" REAL NULL,
    "FinalAtUtc" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "SavedAtUtc" TEXT NULL,
    "SavedBy" TEXT NULL,
    "Revision" INTEGER NOT NULL,
    "Objectives" TEXT NULL,
    "Ratings" TEXT NULL,
    "SelfRatings" TEXT NULL,
    CONSTRAINT "FK_AppraisalForms_Staff_StaffMemberId" FOREIGN KEY ("StaffMemberId") REFERENCES "Staff" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AppraisalForms_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);
INSERT INTO "AppraisalForms" VALUES(1,2,2024,4,'UnitHead','f19ea67d-41b6-435d-944f-532e34721e02','Dirigente Affari Giuridici (demo)','Unit',1,'U.O.C. Affari Generali, Servizi Demografici, URP',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(2,3,2024,5,'Staff','f19ea67d-41b6-435d-944f-532e34721e02','Dirigente Affari Giuridici (demo)','Unit',1,'U.O.C. Affari Generali, Servizi Demografici, URP',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(3,4,2024,6,'Staff','f19ea67d-41b6-435d-944f-532e34721e02','Dirigente Affari Giuridici (demo)','Unit',1,'U.O.C. Affari Generali, Servizi Demografici, URP',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(4,5,2024,7,'Staff','f19ea67d-41b6-435d-944f-532e34721e02','Dirigente Affari Giuridici (demo)','Unit',1,'U.O.C. Affari Generali, Servizi Demografici, URP',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(5,6,2024,8,'UnitHead','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',2,'U.O.C. Bilancio e Risorse Umane, Tributi, Partecipate',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(6,7,2024,9,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',2,'U.O.C. Bilancio e Risorse Umane, Tributi, Partecipate',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(7,8,2024,10,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',2,'U.O.C. Bilancio e Risorse Umane, Tributi, Partecipate',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(8,9,2024,11,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',2,'U.O.C. Bilancio e Risorse Umane, Tributi, Partecipate',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(9,10,2024,12,'UnitHead','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',3,'U.O.C. Lavori Pubblici-Patrimonio',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(10,11,2024,13,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',3,'U.O.C. Lavori Pubblici-Patrimonio',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(11,12,2024,14,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',3,'U.O.C. Lavori Pubblici-Patrimonio',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(12,13,2024,15,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',3,'U.O.C. Lavori Pubblici-Patrimonio',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(13,14,2024,16,'UnitHead','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',4,'U.O.C. Pubblica istruzione, cultura, sport, sociale e turismo',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(14,15,2024,17,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',4,'U.O.C. Pubblica istruzione, cultura, sport, sociale e turismo',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(15,16,2024,18,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',4,'U.O.C. Pubblica istruzione, cultura, sport, sociale e turismo',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(16,17,2024,19,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',4,'U.O.C. Pubblica istruzione, cultura, sport, sociale e turismo',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(17,18,2024,20,'UnitHead','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',5,'U.O.C. Territorio e Sviluppo-Suap',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(18,19,2024,21,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',5,'U.O.C. Territorio e Sviluppo-Suap',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(19,20,2024,22,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',5,'U.O.C. Territorio e Sviluppo-Suap',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(20,21,2024,23,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',5,'U.O.C. Territorio e Sviluppo-Suap',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(21,22,2024,24,'Staff','3a9f806f-9a17-450a-a107-f0faa4f9dab4','Comandante Polizia Municipale (demo)','Unit',6,'U.O.A. POLIZIA MUNICIPALE',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(22,23,2024,25,'Staff','3a9f806f-9a17-450a-a107-f0faa4f9dab4','Comandante Polizia Municipale (demo)','Unit',6,'U.O.A. POLIZIA MUNICIPALE',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(23,24,2024,26,'Staff','3a9f806f-9a17-450a-a107-f0faa4f9dab4','Comandante Polizia Municipale (demo)','Unit',6,'U.O.A. POLIZIA MUNICIPALE',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(24,25,2024,27,'Staff','611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)','Unit',3,'U.O.C. Lavori Pubblici-Patrimonio',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(25,26,2024,1,'Director',NULL,'Nucleo di valutazione','Department',1,'SETTORE AFFARI GIURIDICI E SERVIZI DI GOVERNO',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(26,27,2024,2,'Director',NULL,'Nucleo di valutazione','Department',2,'SETTORE GESTIONE RISORSE, PERSONE, AZIENDE E TERRITORIO',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
INSERT INTO "AppraisalForms" VALUES(27,28,2024,3,'Director',NULL,'Nucleo di valutazione','Department',3,'U.O.A. POLIZIA MUNICIPALE',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2025-02-03 08:00:00',NULL,NULL,0,'[]','[]','[]');
CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
INSERT INTO "AspNetRoles" VALUES('83467e29-bc0e-4d60-9365-efb5b1b79077','Administrator','ADMINISTRATOR','1ccd0bd5-16f2-495e-9df1-0e6bf3654c99');
INSERT INTO "AspNetRoles" VALUES('858c81d1-09c9-4a69-a786-6a422b006de2','Director','DIRECTOR','bda61e78-4038-406d-8720-21e522156310');
INSERT INTO "AspNetRoles" VALUES('bb1df6d2-1d10-46fb-b5c9-e5bb7590be74','UnitHead','UNITHEAD','974a5cca-3c53-4cc6-9db0-c501a786af0e');
INSERT INTO "AspNetRoles" VALUES('8d39b614-eda7-4db9-a735-66d6d9f366b2','SecretaryGeneral','SECRETARYGENERAL','868fbdd8-e444-4603-b7c9-558acc42cc59');
INSERT INTO "AspNetRoles" VALUES('260dc2d3-53f2-4c85-b246-103e69638d3c','EvaluationBody','EVALUATIONBODY','adbb1094-663a-4e5d-b564-5e7e6b0ce69f');
INSERT INTO "AspNetRoles" VALUES('831c4ea8-273d-46d8-8170-d8ec05ed118d','HumanResources','HUMANRESOURCES','d4514f3d-8e54-40bc-846d-08cd8e8d5e2e');
INSERT INTO "AspNetRoles" VALUES('15e3c7a2-6694-4eac-a20e-37ae74263b2f','Employee','EMPLOYEE','df7c1d7d-6126-4aae-83d3-0d6bf3545768');
CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
INSERT INTO "AspNetUserRoles" VALUES('e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','83467e29-bc0e-4d60-9365-efb5b1b79077');
INSERT INTO "AspNetUserRoles" VALUES('f19ea67d-41b6-435d-944f-532e34721e02','858c81d1-09c9-4a69-a786-6a422b006de2');
INSERT INTO "AspNetUserRoles" VALUES('611d3618-55f8-4679-a36f-b986a2113d09','858c81d1-09c9-4a69-a786-6a422b006de2');
INSERT INTO "AspNetUserRoles" VALUES('3a9f806f-9a17-450a-a107-f0faa4f9dab4','858c81d1-09c9-4a69-a786-6a422b006de2');
INSERT INTO "AspNetUserRoles" VALUES('3173df9d-6776-467c-b560-3cc00a5a767b','bb1df6d2-1d10-46fb-b5c9-e5bb7590be74');
INSERT INTO "AspNetUserRoles" VALUES('6cf7c8e0-4b44-49e6-8a3d-3d306f26b0d7','8d39b614-eda7-4db9-a735-66d6d9f366b2');
INSERT INTO "AspNetUserRoles" VALUES('8f69c6f2-a85b-410a-9767-19ce1db0e651','260dc2d3-53f2-4c85-b246-103e69638d3c');
INSERT INTO "AspNetUserRoles" VALUES('65f5b504-8bbd-41fa-9d86-1cf8e5bfc17b','831c4ea8-273d-46d8-8170-d8ec05ed118d');
INSERT INTO "AspNetUserRoles" VALUES('331d16a5-51e8-4dc7-90ba-0277377af20a','15e3c7a2-6694-4eac-a20e-37ae74263b2f');
CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "MustChangePassword" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
INSERT INTO "AspNetUsers" VALUES('e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','Controllo di gestione (demo)',0,'amministratore','AMMINISTRATORE','amministratore@comune.example','AMMINISTRATORE@COMUNE.EXAMPLE',1,'AQAAAAIAAYagAAAAECpaLoQ9HQ5yz28Vxtmz+7wD4Z+ckoumi6smWO7pQoBg6JMk7hzuPzRq24V7ewA9Pw==','UXR4YNCOGVWZFYYQWH27FAUGUWJMTNOZ','0d3d878d-9e85-4c94-bc79-5e316b651842',NULL,0,0,NULL,1,0);
INSERT INTO "AspNetUsers" VALUES('f19ea67d-41b6-435d-944f-532e34721e02','Dirigente Affari Giuridici (demo)',0,'dirigente.affari','DIRIGENTE.AFFARI','dirigente.affari@comune.example','DIRIGENTE.AFFARI@COMUNE.EXAMPLE',1,'AQAAAAIAAYagAAAAEG/xODNKLC9EJEMVagbE4KBWisf61SGFasMioNlCdc8L0qWnjCOC2KNJuJ5B8ja6dQ==','V3NIRY72XR4JRDNP5L7XYVANOCJQREOZ','68c63173-4a82-4337-b3ef-428eedf2ce8c',NULL,0,0,NULL,1,0);
INSERT INTO "AspNetUsers" VALUES('611d3618-55f8-4679-a36f-b986a2113d09','Dirigente Gestione Risorse (demo)',0,'dirigente.risorse','DIRIGENTE.RISORSE','dirigente.risorse@comune.example','DIRIGENTE.RISORSE@COMUNE.EXAMPLE',1,'AQAAAAIAAYagAAAAEGcELYQiv9pu4I83DEh+nQjaX376sZPlp1qmXIsblRvb/phPDhecfMju41btCjEkKQ==','LL6KUKBWKXT7TM2UBZB6EXPUNPRKKBJQ','65b0fd02-ba6f-40b7-9a88-04ed2f17beaf',NULL,0,0,NULL,1,0);
INSERT INTO "AspNetUsers" VALUES('3a9f806f-9a17-450a-a107-f0faa4f9dab4','Comandante Polizia Municipale (demo)',0,'comandante.pm','COMANDANTE.PM','comandante.pm@comune.example','COMANDANTE.PM@COMUNE.EXAMPLE',1,'AQAAAAIAAYagAAAAEEcDsccin0KSRvSSYIATAasesr5b9lT1qcfjqDvAYrgwAASMPiYSu7E3fGBXRnWhCQ==','EZCOGMOSPBL2MGWNTA5DEAC52PQQT4SO','477bcf87-27b5-4bda-949a-861841f7d64c',NULL,0,0,NULL,1,0);
INSERT INTO "AspNetUsers" VALUES('3173df9d-6776-467c-b560-3cc00a5a767b','Responsabile Lavori Pubblici (demo)',0,'responsabile.llpp','RESPONSABILE.LLPP','responsabile.llpp@comune.example','RESPONSABILE.LLPP@COMUNE.EXAMPLE',1,'AQAAAAIAAYagAAAAEByZxb8YSCwQTOKyWW5rxnapPSR8V+pWz8lgaTFk8VPGTkwmnd4D6TzgbaLqi9oUFQ==','QAEFWVCIW4NNSHSNMDSN4KVCXETREHLF','61e3b7d7-23ca-4176-ab86-684500534400',NULL,0,0,NULL,1,0);
INSERT INTO "AspNetUsers" VALUES('6cf7c8e0-4b44-49e6-8a3d-3d306f26b0d7','Segretario generale (demo)',0,'segretario','SEGRETARIO','segretario@comune.example','SEGRETARIO@COMUNE.EXAMPLE',1,'AQAAAAIAAYagAAAAEJ33ylefxOMGHil07TN8jbP+V6lmsSdqOTNb5uXTokluGsoZpabJp+eoOf/go6tjyA==','VFAM5NMVE745NKK6T27YIY7QEJXTSMFN','de16f676-fd2d-4ead-b883-abd3a975aae9',NULL,0,0,NULL,1,0);
INSERT INTO "AspNetUsers" VALUES('8f69c6f2-a85b-410a-9767-19ce1db0e651','Nucleo di valutazione (demo)',0,'nucleo','NUCLEO','nucleo@comune.example','NUCLEO@COMUNE.EXAMPLE',1,'AQAAAAIAAYagAAAAEGPWE3EKmZd01OAa2kZ1fibAYrQhf4Hvxp7oC/CUDshwgGUrXnQqDmd07StAe3eR6Q==','J5STAI2U2FBMPZTOGVW46AMVPEEZE7VU','6e719968-4133-4e0e-a3af-0585ada9e764',NULL,0,0,NULL,1,0);
INSERT INTO "AspNetUsers" VALUES('65f5b504-8bbd-41fa-9d86-1cf8e5bfc17b','Ufficio personale (demo)',0,'personale','PERSONALE','personale@comune.example','PERSONALE@COMUNE.EXAMPLE',1,'AQAAAAIAAYagAAAAEPA7U6Ax3UBt7MnpTmB3bRGdZSzTZMbAa2V3QaHiyFo7Ve0Iqb7OdM/QUFDmynacuw==','ZDIXSBYMY3UORPU5GSJ6U3N2HRIWFI4O','ae6a9521-e67a-4572-a5b6-0badef99cf8b',NULL,0,0,NULL,1,0);
INSERT INTO "AspNetUsers" VALUES('331d16a5-51e8-4dc7-90ba-0277377af20a','Dipendente (demo)',0,'dipendente','DIPENDENTE','dipendente@comune.example','DIPENDENTE@COMUNE.EXAMPLE',1,'AQAAAAIAAYagAAAAEPIEY+qsVcvw6elC2ITkNhXThe8gxHHgOsmcu0Ra6iIwOxBkSDZqgx1EcQ7Sv4d8PQ==','WTIM2OBX7PTUINTVZXK4SLW5SKUANAEC','a6eb3e70-d506-4437-ad7a-3d5e0837a4dd',NULL,0,0,NULL,1,0);
CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY,
    "AtUtc" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NULL,
    "EntityId" TEXT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);
INSERT INTO "AuditEntries" VALUES(1,'2024-01-15 08:00:00','sistema','plan.import','Plan','2024,2025,2026',NULL,'{"file":"piao.txt","sha256":"8403193B90A4CEAC42B91F7FAAF3C689E46B8B468738C40A7444F85E269D2BB3","departments":3,"units":6,"objectiveAssignments":52,"indicators":63,"created":320,"updated":0,"deleted":0}','0000000000000000000000000000000000000000000000000000000000000000','63666FAC09672BD9E6C022CF5D60BB6229E1B4A2674C1621E81F8C4719E68759');
INSERT INTO "AuditEntries" VALUES(2,'2024-01-15 08:00:00','sistema','values.import','Round','4',NULL,'{"year":2024,"round":4,"file":"valori.csv","sha256":"6EF36B8791E5AD9A688A533307924969AB26F80DA30192C4ECFC9CF7BBC18A48","entered":58,"changed":0,"cleared":0}','63666FAC09672BD9E6C022CF5D60BB6229E1B4A2674C1621E81F8C4719E68759','39B0ECD4EC23A87C0B7C86F691D3A406BD5E5FB883369EA5E5F41CB3C487F2C4');
INSERT INTO "AuditEntries" VALUES(3,'2025-02-03 08:00:00','test','staff.import','Staff',NULL,NULL,'{"file":"personale.csv","rows":27,"added":27,"updated":0,"unchanged":0}','39B0ECD4EC23A87C0B7C86F691D3A406BD5E5FB883369EA5E5F41CB3C487F2C4','DDE392162CD58248ABBE1A49CB9896E89411B229BCDB7EE85D682DEF32AE23A9');
INSERT INTO "AuditEntries" VALUES(4,'2025-02-03 08:00:00','test','workflow.started','WorkflowInstance','1',NULL,'{"phase":"valutazione","version":2,"machine":"valutazione","year":2024,"round":null,"trigger":"avvio","state":"bozza","comment":null,"deliberation":null}','DDE392162CD58248ABBE1A49CB9896E89411B229BCDB7EE85D682DEF32AE23A9','538D6DFD084B54250ACEF4033C016988AAFAF1047ECF122D9798BA02D543E625');
INSERT INTO "AuditEntries" VALUES(5,'2025-02-03 08:00:00','amministratore','workflow.step','WorkflowInstance','1','{"state":"bozza"}','{"phase":"valutazione","version":2,"machine":"valutazione","year":2024,"round":null,"trigger":"avvia","state":"in_corso","comment":null,"deliberation":null}','538D6DFD084B54250ACEF4033C016988AAFAF1047ECF122D9798BA02D543E625','6F4349503B417425605E11828ED729A56785B5CF289F034ECB6B72322B9F9306');
CREATE TABLE "AuditHeads" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditHeads" PRIMARY KEY,
    "LastId" INTEGER NOT NULL,
    "LastHash" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
INSERT INTO "AuditHeads" VALUES(1,5,'6F4349503B417425605E11828ED729A56785B5CF289F034ECB6B72322B9F9306',5);
CREATE TABLE "BudgetMissions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BudgetMissions" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL
);
INSERT INTO "BudgetMissions" VALUES(1,'01','Servizi istituzionali, generali e di gestione');
INSERT INTO "BudgetMissions" VALUES(2,'12','Diritti sociali, politiche sociali e famiglia');
INSERT INTO "BudgetMissions" VALUES(3,'04','Istruzione e diritto allo studio');
INSERT INTO "BudgetMissions" VALUES(4,'05','Tutela e valorizzazione dei beni e delle attività culturali');
INSERT INTO "BudgetMissions" VALUES(5,'06','Politiche giovanili, sport e tempo libero');
INSERT INTO "BudgetMissions" VALUES(6,'08','Assetto del territorio ed edilizia abitativa');
INSERT INTO "BudgetMissions" VALUES(7,'09','Sviluppo sostenibile e tutela del territorio e dell''ambiente');
INSERT INTO "BudgetMissions" VALUES(8,'10','Trasporti e diritto alla mobilità');
INSERT INTO "BudgetMissions" VALUES(9,'07','Turismo');
INSERT INTO "BudgetMissions" VALUES(10,'03','Ordine pubblico e sicurezza');
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);
CREATE TABLE "Delegations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Delegations" PRIMARY KEY AUTOINCREMENT,
    "UnitId" INTEGER NOT NULL,
    "DelegateId" TEXT NOT NULL,
    "GrantedById" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    CONSTRAINT "FK_Delegations_AspNetUsers_DelegateId" FOREIGN KEY ("DelegateId") REFERENCES "AspNetUsers" ("Id"),
    CONSTRAINT "FK_Delegations_AspNetUsers_GrantedById" FOREIGN KEY ("GrantedById") REFERENCES "AspNetUsers" ("Id"),
    CONSTRAINT "FK_Delegations_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Departments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Departments" PRIMARY KEY AUTOINCREMENT,
    "DirectorId" TEXT NULL,
    "Key" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_Departments_AspNetUsers_DirectorId" FOREIGN KEY ("DirectorId") REFERENCES "AspNetUsers" ("Id")
);
INSERT INTO "Departments" VALUES(1,'f19ea67d-41b6-435d-944f-532e34721e02','settore affari giuridici e servizi di governo','SETTORE AFFARI GIURIDICI E SERVIZI DI GOVERNO',0);
INSERT INTO "Departments" VALUES(2,'611d3618-55f8-4679-a36f-b986a2113d09','settore gestione risorse, persone, aziende e territorio','SETTORE GESTIONE RISORSE, PERSONE, AZIENDE E TERRITORIO',1);
INSERT INTO "Departments" VALUES(3,'3a9f806f-9a17-450a-a107-f0faa4f9dab4','u.o.a. polizia municipale','U.O.A. POLIZIA MUNICIPALE',2);
CREATE TABLE "DeviationCauses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeviationCauses" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "IndicatorId" INTEGER NOT NULL,
    "Percent" REAL NOT NULL,
    "Cause" TEXT NULL,
    "CorrectiveActions" TEXT NULL,
    "SavedAtUtc" TEXT NULL,
    "SavedBy" TEXT NULL,
    CONSTRAINT "FK_DeviationCauses_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DeviationCauses_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);
CREATE TABLE "ImportRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportRuns" PRIMARY KEY AUTOINCREMENT,
    "ImportedAtUtc" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "SummaryJson" TEXT NOT NULL
);
INSERT INTO "ImportRuns" VALUES(1,'2024-01-15 08:00:00','piao.txt','8403193B90A4CEAC42B91F7FAAF3C689E46B8B468738C40A7444F85E269D2BB3','test','{"Departments":3,"Units":6,"ObjectiveCodes":37,"ObjectiveAssignments":52,"Indicators":63,"IndicatorsByKind":{"Activity":42,"Efficiency":16,"Effectiveness":0,"Economy":0,"Informational":5},"MandateLines":8,"StrategicObjectives":13,"Missions":10,"Warnings":[{"Line":31,"Message":"Riga spostata di 2 colonne verso sinistra: riallineata sugli anni.","Kind":"repair"},{"Line":46,"Message":"Riga spostata di 1 colonna verso sinistra: riallineata sugli anni.","Kind":"repair"},{"Line":47,"Message":"Riga spostata di 1 colonna verso sinistra: riallineata sugli anni.","Kind":"repair"},{"Line":48,"Message":"Riga spostata di 1 colonna verso sinistra: riallineata sugli anni.","Kind":"repair"},{"Line":49,"Message":"Riga spostata di 1 colonna verso sinistra: riallineata sugli anni.","Kind":"repair"},{"Line":50,"Message":"Riga spostata di 1 colonna verso sinistra: riallineata sugli anni.","Kind":"repair"},{"Line":65,"Message":"Riga spostata di 1 colonna verso destra: riallineata sugli anni.","Kind":"repair"},{"Line":66,"Message":"Riga spostata di 1 colonna verso destra: riallineata sugli anni.","Kind":"repair"},{"Line":67,"Message":"Riga spostata di 1 colonna verso destra: riallineata sugli anni.","Kind":"repair"},{"Line":68,"Message":"Riga spostata di 1 colonna verso destra: riallineata sugli anni.","Kind":"repair"},{"Line":69,"Message":"Riga spostata di 1 colonna verso destra: riallineata sugli anni.","Kind":"repair"},{"Line":70,"Message":"Riga spostata di 1 colonna verso destra: riallineata sugli anni.","Kind":"repair"},{"Line":74,"Message":"Riga spostata di 4 colonne verso destra: riallineata sulla missione.","Kind":"repair"},{"Line":88,"Message":"Riga spostata di 3 colonne verso sinistra: riallineata sugli anni.","Kind":"repair"},{"Line":93,"Message":"Riga spostata di 5 colonne verso sinistra: riallineata sugli anni.","Kind":"repair"},{"Line":34,"Message":"Testo spezzato dopo il salto pagina ricomposto con la riga 31: \u00ABPREVENZIONE DELLA CORRUZIONE E TRASPARENZA Implementazione\u00BB \u002B \u00ABdisposizioni previste nel Piano triennale per la prevenzione della\u2026\u00BB.","Kind":"repair"},{"Line":46,"Message":"Testo fuori colonna letto come obiettivo operativo \u00ABINFORMAZIONE - Promozione e diffusione delle tematiche riguardanti\u2026\u00BB; U.O.C. \u00ABU.O.C. Bilancio e Risorse Umane, Tributi, Partecipate\u00BB, linea \u00AB10-STRUTTURA AMMINISTRATIVA\u00BB, obiettivo strategico \u00ABPIANO di AZIONI POSITIVE: Favorire l\u0027occupazione femminile e realiz\u2026\u00BB e missione ripresi dalle righe sopra. Verificare.","Kind":"ambiguous"},{"Line":47,"Message":"Testo fuori colonna letto come obiettivo operativo \u00ABSTUDI E INDAGINI A SOSTEGNO DELLA PROMOZIONE DELLE PARI OPPORTUNIT\u00C0\u2026\u00BB; U.O.C. \u00ABU.O.C. Bilancio e Risorse Umane, Tributi, Partecipate\u00BB, linea \u00AB10-STRUTTURA AMMINISTRATIVA\u00BB, obiettivo strategico \u00ABPIANO di AZIONI POSITIVE: Favorire l\u0027occupazione femminile e realiz\u2026\u00BB e missione ripresi dalle righe sopra. Verificare.","Kind":"ambiguous"},{"Line":48,"Message":"Testo fuori colonna letto come obiettivo operativo \u00ABPiano riqualificazione ex tribunale per spazi socio-aggregativi-aff\u2026\u00BB; U.O.C. \u00ABU.O.C. Bilancio e Risorse Umane, Tributi, Partecipate\u00BB, linea \u00AB10-STRUTTURA AMMINISTRATIVA\u00BB, obiettivo strategico \u00ABPIANO di AZIONI POSITIVE: Favorire l\u0027occupazione femminile e realiz\u2026\u00BB e missione ripresi dalle righe sopra. Verificare.","Kind":"ambiguous"},{"Line":49,"Message":"Testo fuori colonna letto come obiettivo operativo \u00ABStudio di fattibilit\u00E0 per il recupero urbano dell\u0027edificio sito in\u2026\u00BB; U.O.C. \u00ABU.O.C. Bilancio e Risorse Umane, Tributi, Partecipate\u00BB, linea \u00AB10-STRUTTURA AMMINISTRATIVA\u00BB, obiettivo strategico \u00ABPIANO di AZIONI POSITIVE: Favorire l\u0027occupazione femminile e realiz\u2026\u00BB e missione ripresi dalle righe sopra. Verificare.","Kind":"ambiguous"},{"Line":50,"Message":"Testo fuori colonna letto come obiettivo operativo \u00ABADEGUAMENTO STATICO E MIGLIORAMENTO SISMICO DELLA SCUOLA \u0022G. MANNOZ\u2026\u00BB; U.O.C. \u00ABU.O.C. Bilancio e Risorse Umane, Tributi, Partecipate\u00BB, linea \u00AB10-STRUTTURA AMMINISTRATIVA\u00BB, obiettivo strategico \u00ABPIANO di AZIONI POSITIVE: Favorire l\u0027occupazione femminile e realiz\u2026\u00BB e missione ripresi dalle righe sopra. Verificare.","Kind":"ambiguous"},{"Line":74,"Message":"Anni di attivit\u00E0 non indicati per \u00ABMonitorare l\u0027efficacia del Regolamento per la messa a dimora di nuo\u2026\u00BB (colonne 2024, 2025, 2026 vuote).","Kind":"warning"},{"Line":127,"Message":"Riga spostata di 2 colonne verso sinistra: riallineata sulle colonne \u00ABTipo Ind.\u00BB e \u00ABData Previsione\u00BB.","Kind":"repair"},{"Line":128,"Message":"Riga spostata di 2 colonne verso sinistra: riallineata sulle colonne \u00ABTipo Ind.\u00BB e \u00ABData Previsione\u00BB.","Kind":"repair"},{"Line":129,"Message":"Riga spostata di 2 colonne verso sinistra: riallineata sulle colonne \u00ABTipo Ind.\u00BB e \u00ABData Previsione\u00BB.","Kind":"repair"},{"Line":143,"Message":"Riga spostata di 2 colonne verso sinistra: riallineata sulle colonne \u00ABTipo Ind.\u00BB e \u00ABData Previsione\u00BB.","Kind":"repair"},{"Line":143,"Message":"Testi fuori colonna: letti \u00ABUfficio Ragioneria\u00BB come ufficio, \u00ABPredisposizione della Relazione di fine mandato ai fini dell\u0027adozio\u2026\u00BB come obiettivo gestionale e come indicatore. Verificare la riga.","Kind":"ambiguous"},{"Line":144,"Message":"Riga spostata di 2 colonne verso sinistra: riallineata sulle colonne \u00ABTipo Ind.\u00BB e \u00ABData Previsione\u00BB.","Kind":"repair"},{"Line":145,"Message":"Riga spostata di 2 colonne verso sinistra: riallineata sulle colonne \u00ABTipo Ind.\u00BB e \u00ABData Previsione\u00BB.","Kind":"repair"},{"Line":180,"Message":"Testo spezzato dopo il salto pagina ricomposto con la riga 177: \u00ABPersonale partecipante ad almeno\u00BB \u002B \u00ABun corso\u00BB; \u00ABDato di\u00BB \u002B \u00ABQualit\u00E0\u00BB.","Kind":"repair"},{"Line":189,"Message":"Righe 189\u2013190: la riga 190 non ha descrizione e completa l\u0027indicatore della riga sopra \u00ABIndicatore tempestivit\u00E0 pagamenti a fine anno\u00BB, che diceva \u00ABDato di Qualit\u00E0\u00BB senza target: letto come Efficienza, target \u00AB-1\u00BB. Le altre 5 righe dello stesso indicatore dicono lo stesso. Verificare.","Kind":"ambiguous"},{"Line":50,"Message":"L\u0027obiettivo \u00ABADEGUAMENTO STATICO E MIGLIORAMENTO SISMICO DELLA SCUOLA \u0022G. MANNOZ\u2026\u00BB (S2-4_1) \u00E8 sotto \u00ABU.O.C. Bilancio e Risorse Umane, Tributi, Partecipate\u00BB nella tabella triennale ma \u00E8 assegnato a \u00ABU.O.C. Lavori Pubblici-Patrimonio\u00BB nella tabella operativa: collegato a quest\u0027ultima.","Kind":"ambiguous"},{"Line":82,"Message":"Titolo \u00ABMessa in sicurezza degli hot spots in aree a maggior devianza socia\u2026\u00BB collegato all\u0027obiettivo PM_2 \u00ABMessa in sicurezza degli hot spots in aree a maggior devianza socia\u2026\u00BB (1 caratteri di differenza).","Kind":"repair"}],"Errors":[]}');
CREATE TABLE "Indicators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Indicators" PRIMARY KEY AUTOINCREMENT,
    "ManagementObjectiveId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "KindLabel" TEXT NOT NULL,
    "DueDate" TEXT NULL,
    "OfficeId" INTEGER NULL,
    "Position" INTEGER NOT NULL,
    "TargetDirection" TEXT NOT NULL,
    "TargetMeasure" TEXT NOT NULL,
    "TargetProblem" TEXT NULL,
    "TargetText" TEXT NOT NULL,
    "TargetThreshold" TEXT NULL,
    CONSTRAINT "FK_Indicators_ManagementObjectives_ManagementObjectiveId" FOREIGN KEY ("ManagementObjectiveId") REFERENCES "ManagementObjectives" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Indicators_Offices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "Offices" ("Id") ON DELETE RESTRICT
);
INSERT INTO "Indicators" VALUES(1,1,'N. servizi attivati/ n. servizi previsti dal bando','Efficiency','Efficienza','2024-12-31',1,0,'HigherIsBetter','Percent',NULL,'100 %','100.0');
INSERT INTO "Indicators" VALUES(2,2,'Adesione piattaforme ed integrazione con applicativi','Activity','Attività','2024-12-31',1,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(3,3,'Attivazione servizi digitali integrati con il sito (2 fase)','Activity','Attività','2024-12-31',1,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(4,3,'Popolamento modello sito istituzionale previsto da agid e personalizzazione ente (1 fase)','Activity','Attività','2024-12-31',2,1,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(5,4,'Migrazione gestionali','Activity','Attività','2024-12-31',1,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(6,5,'Attivazione piattaforma','Activity','Attività','2024-12-31',1,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(7,6,'N. servizi attivati/ n. servizi previsti dal bando','Efficiency','Efficienza','2024-12-31',1,0,'HigherIsBetter','Percent',NULL,'100 %','100.0');
INSERT INTO "Indicators" VALUES(8,7,'Presentazione atto all''organo competente per l''approvazione','Activity','Attività','2024-12-31',3,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(9,7,'Procedimento partecipativo dei dipendenti','Activity','Attività','2024-12-31',3,1,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(10,8,'Trasmissione scheda monitoraggio al RPCT','Activity','Attività','2024-12-31',3,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(11,9,'Trasmissione scheda monitoraggio al RPCT','Activity','Attività','2024-12-31',4,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(12,10,'Trasmissione scheda monitoraggio al RPCT','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(13,11,'Trasmissione scheda monitoraggio al RPCT','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(14,12,'Trasmissione scheda monitoraggio al RPCT','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(15,13,'Trasmissione scheda monitoraggio al RPCT','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(16,14,'Partecipazione annuale ad attività formativa (Direttiva Min. Pubblica Amministrazione 24 gen 2024)','Efficiency','Efficienza','2024-12-31',NULL,0,'HigherIsBetter','Hours',NULL,'>= ore 24','24.0');
INSERT INTO "Indicators" VALUES(17,14,'Personale partecipante ad almeno un corso','Informational','Dato di Qualità','2024-12-31',NULL,1,'HigherIsBetter','None',NULL,'',NULL);
INSERT INTO "Indicators" VALUES(18,15,'Partecipazione annuale ad attività formativa (Direttiva Min. Pubblica Amministrazione 24 gen 2024)','Efficiency','Efficienza','2024-12-31',NULL,0,'HigherIsBetter','Hours',NULL,'>= ore 24','24.0');
INSERT INTO "Indicators" VALUES(19,15,'Personale partecipante ad almeno un corso','Informational','Dato di Qualità','2024-12-31',NULL,1,'HigherIsBetter','None',NULL,'',NULL);
INSERT INTO "Indicators" VALUES(20,16,'Partecipazione annuale ad attività formativa (Direttiva Min. Pubblica Amministrazione 24 gen 2024)','Efficiency','Efficienza','2024-12-31',NULL,0,'HigherIsBetter','Hours',NULL,'>= ore 24','24.0');
INSERT INTO "Indicators" VALUES(21,16,'Personale partecipante ad almeno un corso','Informational','Dato di Qualità','2024-12-31',NULL,1,'HigherIsBetter','None',NULL,'',NULL);
INSERT INTO "Indicators" VALUES(22,17,'Partecipazione annuale ad attività formativa (Direttiva Min. Pubblica Amministrazione 24 gen 2024)','Efficiency','Efficienza','2024-12-31',NULL,0,'HigherIsBetter','Hours',NULL,'>= ore 24','24.0');
INSERT INTO "Indicators" VALUES(23,17,'Personale partecipante ad almeno un corso','Informational','Dato di Qualità','2024-12-31',NULL,1,'HigherIsBetter','None',NULL,'',NULL);
INSERT INTO "Indicators" VALUES(24,18,'Partecipazione annuale ad attività formativa (Direttiva Min. Pubblica Amministrazione 24 gen 2024)','Efficiency','Efficienza','2024-12-31',NULL,0,'HigherIsBetter','Hours',NULL,'>= ore 24','24.0');
INSERT INTO "Indicators" VALUES(25,18,'Personale partecipante ad almeno un corso','Informational','Dato di Qualità','2024-12-31',NULL,1,'HigherIsBetter','None',NULL,'',NULL);
INSERT INTO "Indicators" VALUES(26,19,'Partecipazione annuale ad attività formativa (Direttiva Min. Pubblica Amministrazione 24 gen 2024)','Efficiency','Efficienza','2024-12-31',NULL,0,'HigherIsBetter','Hours',NULL,'>= ore 24','24.0');
INSERT INTO "Indicators" VALUES(27,20,'Indicatore tempestività pagamenti a fine anno','Efficiency','Efficienza','2024-12-31',NULL,0,'LowerIsBetter','Days',NULL,'-1','-1.0');
INSERT INTO "Indicators" VALUES(28,21,'Indicatore tempestività pagamenti a fine anno','Efficiency','Efficienza','2024-12-31',NULL,0,'LowerIsBetter','Days',NULL,'-1','-1.0');
INSERT INTO "Indicators" VALUES(29,22,'Indicatore tempestività pagamenti a fine anno','Efficiency','Efficienza','2024-12-31',NULL,0,'LowerIsBetter','Days',NULL,'-1','-1.0');
INSERT INTO "Indicators" VALUES(30,23,'Indicatore tempestività pagamenti a fine anno','Efficiency','Efficienza','2024-12-31',NULL,0,'LowerIsBetter','Days',NULL,'-1','-1.0');
INSERT INTO "Indicators" VALUES(31,24,'Indicatore tempestività pagamenti a fine anno','Efficiency','Efficienza','2024-12-31',NULL,0,'LowerIsBetter','Days',NULL,'-1','-1.0');
INSERT INTO "Indicators" VALUES(32,25,'Indicatore tempestività pagamenti a fine anno','Efficiency','Efficienza','2024-12-31',NULL,0,'LowerIsBetter','Days',NULL,'-1','-1.0');
INSERT INTO "Indicators" VALUES(33,26,'Affidamento della concessione','Activity','Attività','2024-06-30',5,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(34,27,'Trasmissione al soggetto gestore del canone unico dei tabulati aggiornati a seguito dei controlli anagrafici','Activity','Attività','2024-03-31',6,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(35,28,'Predisposizione ipotesi di accordo a seguito degli incontri di contrattazione per la definizione dei nuovi istituti e l''adeguamento di quelli esistenti','Activity','Attività','2024-06-30',7,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(36,29,'Report degli interventi formativi attuati nel rispetto del piano formativo adottato','Activity','Attività','2024-12-31',7,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(37,30,'Inserimento del pap 2024/2026 sulla piattaforma interna per la gestione delle comunicazioni al personale dipendente (bacheca on-line piattaforma urbi)','Activity','Attività','2024-12-31',8,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(38,30,'Pubblicazione su amministrazione trasparente della relazione del cug sull''attività svolta','Activity','Attività','2024-12-31',8,1,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(39,31,'Invio del report ai dirigenti/responsabili','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(40,32,'Approvazione atti','Activity','Attività','2024-12-31',7,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(41,32,'N.ro assunti/n.ro personale previsto dal piano','Efficiency','Efficienza','2024-12-31',7,1,'HigherIsBetter','Percent',NULL,'100 %','100.0');
INSERT INTO "Indicators" VALUES(42,33,'Predisposizione della relazione e della parte ses e seo del dup','Activity','Attività','2024-09-30',9,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(43,34,'Predisposizione della Relazione di fine mandato ai fini dell''adozione entro le scadenze di Legge e sua presentazione agli organi amministrativi','Activity','Attività','2024-04-05',9,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(44,35,'Ultimazione dei lavori','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(45,36,'Consegna dei lavori','Activity','Attività','2024-05-01',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(46,37,'Inizio dei lavori','Activity','Attività','2024-06-01',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(47,38,'Ultimazione lavori e forniture','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(48,39,'Stato avanzamento 50%','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(49,40,'Stato avanzamento 50%','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(50,41,'Rendicontazione regis','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(51,42,'Affidamento della gestione','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(52,43,'Affidamento della gestione','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(53,44,'Inaugurazione','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(54,45,'Avvio del corso','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(55,46,'Invio proposta di regolamento','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(56,47,'Invio bozza alla giunta per valutazione','Activity','Attività','2024-12-31',10,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(57,48,'Approvazione ps e poc','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(58,49,'Report dei controlli effettuati e totale degli introiti monetizzati','Activity','Attività','2024-06-30',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(59,50,'Grado di utilizzo dell''etilometro rispetto al totale dei controlli e formazione report pattuglie con impiego di etilometro e precursore','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(60,51,'Tempestività nello scarico e visione delle immagini','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(61,52,'Report dati raccolti e degli interventi effettuati','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
INSERT INTO "Indicators" VALUES(62,53,'Attivazione del servizio in accordo con la dirigenza scolastica e con aci nr ore','Efficiency','Efficienza','2024-12-31',NULL,0,'HigherIsBetter','Hours',NULL,'ore 30','30.0');
INSERT INTO "Indicators" VALUES(63,54,'Tempestività nella collaborazione','Activity','Attività','2024-12-31',NULL,0,'HigherIsBetter','ActivityScale',NULL,'5 (100%)','5.0');
CREATE TABLE "ManagementObjectives" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ManagementObjectives" PRIMARY KEY AUTOINCREMENT,
    "ObjectiveAssignmentId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_ManagementObjectives_ObjectiveAssignments_ObjectiveAssignmentId" FOREIGN KEY ("ObjectiveAssignmentId") REFERENCES "ObjectiveAssignments" ("Id") ON DELETE CASCADE
);
INSERT INTO "ManagementObjectives" VALUES(1,1,'Attivazione ed esecuzione progetto',0);
INSERT INTO "ManagementObjectives" VALUES(2,2,'Attivazione ed esecuzione progetto',0);
INSERT INTO "ManagementObjectives" VALUES(3,3,'Attivazione ed esecuzione progetto',0);
INSERT INTO "ManagementObjectives" VALUES(4,4,'Attivazione ed esecuzione progetto',0);
INSERT INTO "ManagementObjectives" VALUES(5,5,'Attivazione ed esecuzione progetto',0);
INSERT INTO "ManagementObjectives" VALUES(6,6,'Attivazione ed esecuzione progetto',0);
INSERT INTO "ManagementObjectives" VALUES(7,7,'Predisposizione codice di comportamento dei dipendenti',0);
INSERT INTO "ManagementObjectives" VALUES(8,8,'Attestazione del rispetto delle misure anticorruzione e trasparenza attraverso la compilazione della scheda di monitoraggio',0);
INSERT INTO "ManagementObjectives" VALUES(9,9,'Attestazione del rispetto delle misure anticorruzione e trasparenza attraverso la compilazione della scheda di monitoraggio',0);
INSERT INTO "ManagementObjectives" VALUES(10,10,'Attestazione del rispetto delle misure anticorruzione e trasparenza attraverso la compilazione della scheda di monitoraggio',0);
INSERT INTO "ManagementObjectives" VALUES(11,11,'Attestazione del rispetto delle misure anticorruzione e trasparenza attraverso la compilazione della scheda di monitoraggio',0);
INSERT INTO "ManagementObjectives" VALUES(12,12,'Attestazione del rispetto delle misure anticorruzione e trasparenza attraverso la compilazione della scheda di monitoraggio',0);
INSERT INTO "ManagementObjectives" VALUES(13,13,'Attestazione del rispetto delle misure anticorruzione e trasparenza attraverso la compilazione della scheda di monitoraggio',0);
INSERT INTO "ManagementObjectives" VALUES(14,14,'Predisposizione ed attuazione corsi ed individuazione del personale partecipante',0);
INSERT INTO "ManagementObjectives" VALUES(15,15,'Predisposizione ed attuazione corsi ed individuazione del personale partecipante',0);
INSERT INTO "ManagementObjectives" VALUES(16,16,'Predisposizione ed attuazione corsi ed individuazione del personale partecipante',0);
INSERT INTO "ManagementObjectives" VALUES(17,17,'Predisposizione ed attuazione corsi ed individuazione del personale partecipante',0);
INSERT INTO "ManagementObjectives" VALUES(18,18,'Predisposizione ed attuazione corsi ed individuazione del personale partecipante',0);
INSERT INTO "ManagementObjectives" VALUES(19,19,'Predisposizione corsi e individuazione del personale specifico per settori',0);
INSERT INTO "ManagementObjectives" VALUES(20,20,'Rispetto dei tempi medi di pagamento (entro 30 gg)',0);
INSERT INTO "ManagementObjectives" VALUES(21,21,'Rispetto dei tempi medi di pagamento (entro 30 gg)',0);
INSERT INTO "ManagementObjectives" VALUES(22,22,'Rispetto dei tempi medi di pagamento (entro 30 gg)',0);
INSERT INTO "ManagementObjectives" VALUES(23,23,'Rispetto dei tempi medi di pagamento (entro 30 gg)',0);
INSERT INTO "ManagementObjectives" VALUES(24,24,'Rispetto dei tempi medi di pagamento (entro 30 gg)',0);
INSERT INTO "ManagementObjectives" VALUES(25,25,'Rispetto dei tempi medi di pagamento (entro 30 gg)',0);
INSERT INTO "ManagementObjectives" VALUES(26,26,'Predisposizione degli atti per l''affidamento in concessione tramite procedura negoziata',0);
INSERT INTO "ManagementObjectives" VALUES(27,26,'Censimento passi carrabili ai fini della tassazione',1);
INSERT INTO "ManagementObjectives" VALUES(28,27,'CCDI normativo adeguamenti a fronte di stipula del CCNL 2022 nell''ottica di semplificazione e dello sviluppo delle risorse umane',0);
INSERT INTO "ManagementObjectives" VALUES(29,28,'Adozione del Piano formativo, programmazione e realizzazioni degli interventi formativi individuati',0);
INSERT INTO "ManagementObjectives" VALUES(30,29,'Informazione su attività CUG in materia di pari opportunità',0);
INSERT INTO "ManagementObjectives" VALUES(31,30,'Report trimestrale e segnalazione ai dirigenti di eventuali superamenti del termine dei 30 giorni',0);
INSERT INTO "ManagementObjectives" VALUES(32,31,'Predisposizione degli atti per l''assunzione del personale',0);
INSERT INTO "ManagementObjectives" VALUES(33,32,'Predisposizione della Relazione di Inizio Mandato e adattamento dei contenuti del programma di mandato al DUP',0);
INSERT INTO "ManagementObjectives" VALUES(34,32,'Predisposizione della Relazione di fine mandato ai fini dell''adozione entro le scadenze di Legge e sua presentazione agli organi amministrativi',1);
INSERT INTO "ManagementObjectives" VALUES(35,33,'Conclusione lavori dell''INTERVENTO FINANZIATO DALL''UNIONE EUROPEA – NextgenerationEU – PNRR-MISSIONE 5 COMPONENTE 2 INVESTIMENTO/SUBINVESTIMENTO 2.1 "RIGENERAZIONE URBANA',0);
INSERT INTO "ManagementObjectives" VALUES(36,34,'Consegna dei lavori di ripristino di porzione del Palazzetto dello Sport "G. Cardelli"– 1^ stralcio dell''intervento di riqualificazione ed adeguamento normativo',0);
INSERT INTO "ManagementObjectives" VALUES(37,35,'Consegna dei lavori sistemazione frana Via Bronzoli',0);
INSERT INTO "ManagementObjectives" VALUES(38,36,'Fornitura di arbusti e ristrutturazione impianto raccolta acque piovane al cimitero di Monsummano alto',0);
INSERT INTO "ManagementObjectives" VALUES(39,37,'Avanzamento lavori realizzazione nuovo campo sportivo Berti',0);
INSERT INTO "ManagementObjectives" VALUES(40,38,'Avanzamento lavori sistemazione delle Piazze del capoluogo per per il miglioramento della qualità urbana e l''abbattimento delle barriere architettoniche (piazza g. Giusti, piazza F.Martini)" – INTERVENTO FINANZIATO DALL''UNIONE EUROPEA – NEXTGENERATIONEU PNRR MISSIONE 5, COMPONENTE 2, MISURA 2, INVESTIMENTO 2.1',0);
INSERT INTO "ManagementObjectives" VALUES(41,39,'Completamento rendicontazione regis dell''INTERVENTO FINANZIATO DALL''UNIONE EUROPEA – NextgenerationEU, PNRR Missione 1 - Digitalizzazione, innovazione, competitività, cultura e turismo - Componente 3 - Turismo e Cultura 4.0 (M1C3), Misura 1 "Patrimonio culturale per la prossima generazione", Investimento 1.3: Migliorare l''efficienza energetica di cinema, teatri e musei',0);
INSERT INTO "ManagementObjectives" VALUES(42,40,'Svolgimento della nuova gara',0);
INSERT INTO "ManagementObjectives" VALUES(43,41,'Svolgimento della nuova gara',0);
INSERT INTO "ManagementObjectives" VALUES(44,42,'Acquisto e posa in opera di attrezzature specifiche per la pista di atletica',0);
INSERT INTO "ManagementObjectives" VALUES(45,43,'Realizzazione di corso di italiano per donne straniere',0);
INSERT INTO "ManagementObjectives" VALUES(46,44,'Redazione della proposta alla luce delle modifiche normative intervenute',0);
INSERT INTO "ManagementObjectives" VALUES(47,45,'Redazione del Piano strategico della viabilità',0);
INSERT INTO "ManagementObjectives" VALUES(48,46,'Predisposizione degli atti ed elaborati definitivi per approvazione del PS e POC',0);
INSERT INTO "ManagementObjectives" VALUES(49,47,'Verifica della messa a dimora delle piante da parte dei privati che erano obbligati, monetizzando il valore di quanto non realizzato',0);
INSERT INTO "ManagementObjectives" VALUES(50,48,'Implementazione della sicurezza stradale mediante interventi di prevenzione e repressione dei comportamenti illeciti amministrativi e penali riscontranti e/o prevedibili',0);
INSERT INTO "ManagementObjectives" VALUES(51,49,'installazione di telecamere di videosorveglianza per controlli su comportamenti su zona Chiesa Cintoiese – controllo Ufficio Postale e zona Pazzera controllo veicoli in entrata e uscita dal nostro territorio',0);
INSERT INTO "ManagementObjectives" VALUES(52,50,'Foto mappatura a bassa quota con apparati A.P.R. E controllo sul territorio di eventuali abusi edilizi e rilievo di incidenti stradali',0);
INSERT INTO "ManagementObjectives" VALUES(53,51,'Attuare l''insegnamento dell''educazione stradale nelle scuole e collaborazione con ACI su percorso dedicato all''educazione stradale presso il Comune di Serravalle Pistoiese',0);
INSERT INTO "ManagementObjectives" VALUES(54,52,'Conferma della collaborazione con tutte le forze di polizia e polizia municipale in base all''accordo stipulato',0);
CREATE TABLE "MandateLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MandateLines" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Number" INTEGER NULL,
    "Position" INTEGER NOT NULL
);
INSERT INTO "MandateLines" VALUES(1,'10-STRUTTURA AMMINISTRATIVA','10-struttura amministrativa',10,0);
INSERT INTO "MandateLines" VALUES(2,'2-SVILUPPO DEL TERRITORIO','2-sviluppo del territorio',2,1);
INSERT INTO "MandateLines" VALUES(3,'4-POLITICHE SOCIALI','4-politiche sociali',4,2);
INSERT INTO "MandateLines" VALUES(4,'5-SCUOLA E EDILIZIA SCOLASTICA','5-scuola e edilizia scolastica',5,3);
INSERT INTO "MandateLines" VALUES(5,'6-TURISMO E CULTURA','6-turismo e cultura',6,4);
INSERT INTO "MandateLines" VALUES(6,'7-SPORT E EDILIZIA SPORTIVA','7-sport e edilizia sportiva',7,5);
INSERT INTO "MandateLines" VALUES(7,'9-LAVORI PUBBLICI E URBANISTICA','9-lavori pubblici e urbanistica',9,6);
INSERT INTO "MandateLines" VALUES(8,'8-SICUREZZA','8-sicurezza',8,7);
CREATE TABLE "MeasurementChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MeasurementChanges" PRIMARY KEY AUTOINCREMENT,
    "IndicatorId" INTEGER NOT NULL,
    "RoundId" INTEGER NOT NULL,
    "OldValue" TEXT NULL,
    "NewValue" TEXT NULL,
    "OldNote" TEXT NULL,
    "NewNote" TEXT NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedAtUtc" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    CONSTRAINT "FK_MeasurementChanges_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MeasurementChanges_MonitoringRounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "MonitoringRounds" ("Id") ON DELETE RESTRICT
);
INSERT INTO "MeasurementChanges" VALUES(1,1,4,NULL,'100.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(2,2,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(3,3,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(4,4,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(5,5,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(6,6,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(7,7,4,NULL,'100.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(8,8,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(9,9,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(10,10,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(11,11,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(12,12,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(13,13,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(14,14,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(15,15,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(16,16,4,NULL,'24.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(17,18,4,NULL,'24.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(18,20,4,NULL,'24.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(19,22,4,NULL,'24.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(20,24,4,NULL,'24.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(21,26,4,NULL,'24.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(22,27,4,NULL,'-1.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(23,28,4,NULL,'-1.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(24,29,4,NULL,'-1.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(25,30,4,NULL,'-1.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(26,31,4,NULL,'-1.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(27,32,4,NULL,'-1.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(28,33,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(29,34,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(30,35,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(31,36,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(32,37,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(33,38,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(34,39,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(35,40,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(36,41,4,NULL,'100.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(37,42,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(38,43,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(39,44,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(40,45,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(41,46,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(42,47,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(43,48,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(44,49,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(45,50,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(46,51,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(47,52,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(48,53,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(49,54,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(50,55,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(51,56,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(52,57,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(53,58,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(54,59,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(55,60,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(56,61,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(57,62,4,NULL,'30.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
INSERT INTO "MeasurementChanges" VALUES(58,63,4,NULL,'4.0',NULL,'','controllo.gestione','2024-01-15 08:00:00','import valori.csv');
CREATE TABLE "Measurements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Measurements" PRIMARY KEY AUTOINCREMENT,
    "IndicatorId" INTEGER NOT NULL,
    "RoundId" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    "Numerator" TEXT NULL,
    "Denominator" TEXT NULL,
    "Note" TEXT NULL,
    "EnteredBy" TEXT NOT NULL,
    "EnteredAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_Measurements_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Measurements_MonitoringRounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "MonitoringRounds" ("Id") ON DELETE RESTRICT
);
INSERT INTO "Measurements" VALUES(1,1,4,'100.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(2,2,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(3,3,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(4,4,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(5,5,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(6,6,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(7,7,4,'100.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(8,8,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(9,9,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(10,10,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(11,11,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(12,12,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(13,13,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(14,14,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(15,15,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(16,16,4,'24.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(17,18,4,'24.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(18,20,4,'24.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(19,22,4,'24.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(20,24,4,'24.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(21,26,4,'24.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(22,27,4,'-1.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(23,28,4,'-1.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(24,29,4,'-1.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(25,30,4,'-1.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(26,31,4,'-1.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(27,32,4,'-1.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(28,33,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(29,34,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(30,35,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(31,36,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(32,37,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(33,38,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(34,39,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(35,40,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(36,41,4,'100.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(37,42,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(38,43,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(39,44,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(40,45,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(41,46,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(42,47,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(43,48,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(44,49,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(45,50,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(46,51,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(47,52,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(48,53,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(49,54,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(50,55,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(51,56,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(52,57,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(53,58,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(54,59,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(55,60,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(56,61,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(57,62,4,'30.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
INSERT INTO "Measurements" VALUES(58,63,4,'4.0',NULL,NULL,NULL,'controllo.gestione','2024-01-15 08:00:00');
CREATE TABLE "MonitoringRounds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MonitoringRounds" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "ReferenceDate" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_MonitoringRounds_PlanYears_Year" FOREIGN KEY ("Year") REFERENCES "PlanYears" ("Year") ON DELETE CASCADE
);
INSERT INTO "MonitoringRounds" VALUES(1,2024,1,'Monitoring','2024-03-31','2024-04-15','Planned');
INSERT INTO "MonitoringRounds" VALUES(2,2024,2,'Monitoring','2024-06-30','2024-07-15','Planned');
INSERT INTO "MonitoringRounds" VALUES(3,2024,3,'Monitoring','2024-09-30','2024-10-15','Planned');
INSERT INTO "MonitoringRounds" VALUES(4,2024,4,'Final','2024-12-31','2025-01-31','Closed');
INSERT INTO "MonitoringRounds" VALUES(5,2025,1,'Monitoring','2025-03-31','2025-04-15','Planned');
INSERT INTO "MonitoringRounds" VALUES(6,2025,2,'Monitoring','2025-06-30','2025-07-15','Planned');
INSERT INTO "MonitoringRounds" VALUES(7,2025,3,'Monitoring','2025-09-30','2025-10-15','Planned');
INSERT INTO "MonitoringRounds" VALUES(8,2025,4,'Final','2025-12-31','2026-01-31','Planned');
INSERT INTO "MonitoringRounds" VALUES(9,2026,1,'Monitoring','2026-03-31','2026-04-15','Planned');
INSERT INTO "MonitoringRounds" VALUES(10,2026,2,'Monitoring','2026-06-30','2026-07-15','Planned');
INSERT INTO "MonitoringRounds" VALUES(11,2026,3,'Monitoring','2026-09-30','2026-10-15','Planned');
INSERT INTO "MonitoringRounds" VALUES(12,2026,4,'Final','2026-12-31','2027-01-31','Planned');
CREATE TABLE "ObjectiveAssignments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ObjectiveAssignments" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "OperationalObjectiveId" INTEGER NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_ObjectiveAssignments_OperationalObjectives_OperationalObjectiveId" FOREIGN KEY ("OperationalObjectiveId") REFERENCES "OperationalObjectives" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ObjectiveAssignments_PlanYears_Year" FOREIGN KEY ("Year") REFERENCES "PlanYears" ("Year") ON DELETE RESTRICT,
    CONSTRAINT "FK_ObjectiveAssignments_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE RESTRICT
);
INSERT INTO "ObjectiveAssignments" VALUES(1,2024,1,1,0);
INSERT INTO "ObjectiveAssignments" VALUES(2,2024,2,1,1);
INSERT INTO "ObjectiveAssignments" VALUES(3,2024,3,1,2);
INSERT INTO "ObjectiveAssignments" VALUES(4,2024,4,1,3);
INSERT INTO "ObjectiveAssignments" VALUES(5,2024,5,1,4);
INSERT INTO "ObjectiveAssignments" VALUES(6,2024,6,1,5);
INSERT INTO "ObjectiveAssignments" VALUES(7,2024,7,1,6);
INSERT INTO "ObjectiveAssignments" VALUES(8,2024,8,1,7);
INSERT INTO "ObjectiveAssignments" VALUES(9,2024,8,2,8);
INSERT INTO "ObjectiveAssignments" VALUES(10,2024,8,3,9);
INSERT INTO "ObjectiveAssignments" VALUES(11,2024,8,4,10);
INSERT INTO "ObjectiveAssignments" VALUES(12,2024,8,5,11);
INSERT INTO "ObjectiveAssignments" VALUES(13,2024,8,6,12);
INSERT INTO "ObjectiveAssignments" VALUES(14,2024,9,1,13);
INSERT INTO "ObjectiveAssignments" VALUES(15,2024,9,2,14);
INSERT INTO "ObjectiveAssignments" VALUES(16,2024,9,3,15);
INSERT INTO "ObjectiveAssignments" VALUES(17,2024,9,4,16);
INSERT INTO "ObjectiveAssignments" VALUES(18,2024,9,5,17);
INSERT INTO "ObjectiveAssignments" VALUES(19,2024,9,6,18);
INSERT INTO "ObjectiveAssignments" VALUES(20,2024,10,1,19);
INSERT INTO "ObjectiveAssignments" VALUES(21,2024,10,2,20);
INSERT INTO "ObjectiveAssignments" VALUES(22,2024,10,3,21);
INSERT INTO "ObjectiveAssignments" VALUES(23,2024,10,4,22);
INSERT INTO "ObjectiveAssignments" VALUES(24,2024,10,5,23);
INSERT INTO "ObjectiveAssignments" VALUES(25,2024,10,6,24);
INSERT INTO "ObjectiveAssignments" VALUES(26,2024,11,2,25);
INSERT INTO "ObjectiveAssignments" VALUES(27,2024,12,2,26);
INSERT INTO "ObjectiveAssignments" VALUES(28,2024,13,2,27);
INSERT INTO "ObjectiveAssignments" VALUES(29,2024,14,2,28);
INSERT INTO "ObjectiveAssignments" VALUES(30,2024,15,2,29);
INSERT INTO "ObjectiveAssignments" VALUES(31,2024,16,2,30);
INSERT INTO "ObjectiveAssignments" VALUES(32,2024,17,2,31);
INSERT INTO "ObjectiveAssignments" VALUES(33,2024,18,3,32);
INSERT INTO "ObjectiveAssignments" VALUES(34,2024,19,3,33);
INSERT INTO "ObjectiveAssignments" VALUES(35,2024,20,3,34);
INSERT INTO "ObjectiveAssignments" VALUES(36,2024,21,3,35);
INSERT INTO "ObjectiveAssignments" VALUES(37,2024,22,3,36);
INSERT INTO "ObjectiveAssignments" VALUES(38,2024,23,3,37);
INSERT INTO "ObjectiveAssignments" VALUES(39,2024,24,3,38);
INSERT INTO "ObjectiveAssignments" VALUES(40,2024,25,4,39);
INSERT INTO "ObjectiveAssignments" VALUES(41,2024,26,4,40);
INSERT INTO "ObjectiveAssignments" VALUES(42,2024,27,4,41);
INSERT INTO "ObjectiveAssignments" VALUES(43,2024,28,4,42);
INSERT INTO "ObjectiveAssignments" VALUES(44,2024,29,4,43);
INSERT INTO "ObjectiveAssignments" VALUES(45,2024,30,5,44);
INSERT INTO "ObjectiveAssignments" VALUES(46,2024,31,5,45);
INSERT INTO "ObjectiveAssignments" VALUES(47,2024,32,5,46);
INSERT INTO "ObjectiveAssignments" VALUES(48,2024,33,6,47);
INSERT INTO "ObjectiveAssignments" VALUES(49,2024,34,6,48);
INSERT INTO "ObjectiveAssignments" VALUES(50,2024,35,6,49);
INSERT INTO "ObjectiveAssignments" VALUES(51,2024,36,6,50);
INSERT INTO "ObjectiveAssignments" VALUES(52,2024,37,6,51);
CREATE TABLE "ObjectiveLinks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ObjectiveLinks" PRIMARY KEY AUTOINCREMENT,
    "OperationalObjectiveId" INTEGER NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "StrategicObjectiveId" INTEGER NULL,
    "BudgetMissionId" INTEGER NULL,
    "Years" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_ObjectiveLinks_BudgetMissions_BudgetMissionId" FOREIGN KEY ("BudgetMissionId") REFERENCES "BudgetMissions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ObjectiveLinks_OperationalObjectives_OperationalObjectiveId" FOREIGN KEY ("OperationalObjectiveId") REFERENCES "OperationalObjectives" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ObjectiveLinks_StrategicObjectives_StrategicObjectiveId" FOREIGN KEY ("StrategicObjectiveId") REFERENCES "StrategicObjectives" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ObjectiveLinks_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE RESTRICT
);
INSERT INTO "ObjectiveLinks" VALUES(1,9,1,1,1,'[2024]',0);
INSERT INTO "ObjectiveLinks" VALUES(2,1,1,2,1,'[2024]',1);
INSERT INTO "ObjectiveLinks" VALUES(3,2,1,2,1,'[2024]',2);
INSERT INTO "ObjectiveLinks" VALUES(4,3,1,2,1,'[2024]',3);
INSERT INTO "ObjectiveLinks" VALUES(5,4,1,2,1,'[2024]',4);
INSERT INTO "ObjectiveLinks" VALUES(6,5,1,2,1,'[2024]',5);
INSERT INTO "ObjectiveLinks" VALUES(7,6,1,2,1,'[2024]',6);
INSERT INTO "ObjectiveLinks" VALUES(8,8,1,2,1,'[2024,2025,2026]',7);
INSERT INTO "ObjectiveLinks" VALUES(9,7,1,2,1,'[2024]',8);
INSERT INTO "ObjectiveLinks" VALUES(10,10,1,2,1,'[2024]',9);
INSERT INTO "ObjectiveLinks" VALUES(11,11,2,4,1,'[2024]',10);
INSERT INTO "ObjectiveLinks" VALUES(12,12,2,1,1,'[2024]',11);
INSERT INTO "ObjectiveLinks" VALUES(13,38,2,1,1,'[2025,2026]',12);
INSERT INTO "ObjectiveLinks" VALUES(14,9,2,1,1,'[2024]',13);
INSERT INTO "ObjectiveLinks" VALUES(15,16,2,1,1,'[2024]',14);
INSERT INTO "ObjectiveLinks" VALUES(16,15,2,2,1,'[2024]',15);
INSERT INTO "ObjectiveLinks" VALUES(17,8,2,2,1,'[2024,2025,2026]',16);
INSERT INTO "ObjectiveLinks" VALUES(18,17,2,2,1,'[2024]',17);
INSERT INTO "ObjectiveLinks" VALUES(19,10,2,2,1,'[2024]',18);
INSERT INTO "ObjectiveLinks" VALUES(20,13,2,3,1,'[2024,2025,2026]',19);
INSERT INTO "ObjectiveLinks" VALUES(21,14,2,3,1,'[2024,2025,2026]',20);
INSERT INTO "ObjectiveLinks" VALUES(22,39,2,3,1,'[2025,2026]',21);
INSERT INTO "ObjectiveLinks" VALUES(23,40,2,3,1,'[2025]',22);
INSERT INTO "ObjectiveLinks" VALUES(24,41,2,3,1,'[2026]',23);
INSERT INTO "ObjectiveLinks" VALUES(25,18,3,3,1,'[2024]',24);
INSERT INTO "ObjectiveLinks" VALUES(26,24,3,6,2,'[2024]',25);
INSERT INTO "ObjectiveLinks" VALUES(27,19,3,7,3,'[2024]',26);
INSERT INTO "ObjectiveLinks" VALUES(28,42,3,8,4,'[2026]',27);
INSERT INTO "ObjectiveLinks" VALUES(29,22,3,9,5,'[2024]',28);
INSERT INTO "ObjectiveLinks" VALUES(30,21,3,10,6,'[2024]',29);
INSERT INTO "ObjectiveLinks" VALUES(31,20,3,11,7,'[2024]',30);
INSERT INTO "ObjectiveLinks" VALUES(32,23,3,2,8,'[2024,2025,2026]',31);
INSERT INTO "ObjectiveLinks" VALUES(33,9,3,2,1,'[2024]',32);
INSERT INTO "ObjectiveLinks" VALUES(34,8,3,2,1,'[2024,2025,2026]',33);
INSERT INTO "ObjectiveLinks" VALUES(35,10,3,1,1,'[2024]',34);
INSERT INTO "ObjectiveLinks" VALUES(36,26,4,6,2,'[2024]',35);
INSERT INTO "ObjectiveLinks" VALUES(37,28,4,6,2,'[2024]',36);
INSERT INTO "ObjectiveLinks" VALUES(38,29,4,6,2,'[2024]',37);
INSERT INTO "ObjectiveLinks" VALUES(39,25,4,9,5,'[2024]',38);
INSERT INTO "ObjectiveLinks" VALUES(40,27,4,9,5,'[2024]',39);
INSERT INTO "ObjectiveLinks" VALUES(41,9,4,1,1,'[2024]',40);
INSERT INTO "ObjectiveLinks" VALUES(42,8,4,1,1,'[2024,2025,2026]',41);
INSERT INTO "ObjectiveLinks" VALUES(43,10,4,1,1,'[2024]',42);
INSERT INTO "ObjectiveLinks" VALUES(44,30,5,5,8,'[2024]',43);
INSERT INTO "ObjectiveLinks" VALUES(45,31,5,10,6,'[2024]',44);
INSERT INTO "ObjectiveLinks" VALUES(46,32,5,11,1,'[]',45);
INSERT INTO "ObjectiveLinks" VALUES(47,9,5,1,1,'[2024]',46);
INSERT INTO "ObjectiveLinks" VALUES(48,8,5,2,1,'[2024,2025,2026]',47);
INSERT INTO "ObjectiveLinks" VALUES(49,10,5,2,1,'[2024]',48);
INSERT INTO "ObjectiveLinks" VALUES(50,43,6,8,9,'[2026]',49);
INSERT INTO "ObjectiveLinks" VALUES(51,44,6,12,10,'[2025,2026]',50);
INSERT INTO "ObjectiveLinks" VALUES(52,34,6,12,10,'[2024,2025,2026]',51);
INSERT INTO "ObjectiveLinks" VALUES(53,36,6,12,10,'[2024,2025,2026]',52);
INSERT INTO "ObjectiveLinks" VALUES(54,45,6,13,10,'[2026]',53);
INSERT INTO "ObjectiveLinks" VALUES(55,33,6,13,10,'[2024,2025,2026]',54);
INSERT INTO "ObjectiveLinks" VALUES(56,35,6,13,10,'[2024,2025,2026]',55);
INSERT INTO "ObjectiveLinks" VALUES(57,46,6,13,10,'[2025,2026]',56);
INSERT INTO "ObjectiveLinks" VALUES(58,37,6,13,10,'[2024,2025,2026]',57);
INSERT INTO "ObjectiveLinks" VALUES(59,9,6,1,1,'[2024,2025,2026]',58);
INSERT INTO "ObjectiveLinks" VALUES(60,8,6,1,1,'[2024,2025,2026]',59);
INSERT INTO "ObjectiveLinks" VALUES(61,47,6,2,1,'[2025,2026]',60);
INSERT INTO "ObjectiveLinks" VALUES(62,48,6,2,1,'[2025,2026]',61);
INSERT INTO "ObjectiveLinks" VALUES(63,10,6,2,1,'[2024]',62);
CREATE TABLE "Offices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Offices" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Key" TEXT NOT NULL
);
INSERT INTO "Offices" VALUES(1,'Segreteria generale/Informatica','segreteria generale/informatica');
INSERT INTO "Offices" VALUES(2,'Segreteria generale/Informatica/Demografici','segreteria generale/informatica/demografici');
INSERT INTO "Offices" VALUES(3,'Segreteria generale','segreteria generale');
INSERT INTO "Offices" VALUES(4,'come altri settori su indicazioni segretario','come altri settori su indicazioni segretario');
INSERT INTO "Offices" VALUES(5,'Ufficio Tributi','ufficio tributi');
INSERT INTO "Offices" VALUES(6,'Polizia Municipale; Ufficio Tributi/Trasversale','polizia municipale; ufficio tributi/trasversale');
INSERT INTO "Offices" VALUES(7,'Ufficio Personale/Ufficio Ragioneria','ufficio personale/ufficio ragioneria');
INSERT INTO "Offices" VALUES(8,'Ufficio Personale','ufficio personale');
INSERT INTO "Offices" VALUES(9,'Ufficio Ragioneria','ufficio ragioneria');
INSERT INTO "Offices" VALUES(10,'Ufficio Ambiente','ufficio ambiente');
CREATE TABLE "OperationalObjectives" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OperationalObjectives" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Tags" TEXT NOT NULL,
    "Cup" TEXT NULL,
    "Years" TEXT NOT NULL
);
INSERT INTO "OperationalObjectives" VALUES(1,'S1-1_1','APPLICAZIONE APP IO*TERRITORIO NAZIONALE*ATTIVAZIONE SERVIZI (CUP E91F22001750006)','applicazione app io*territorio nazionale*attivazione servizi (cup e91f22001750006)','["Digitalizzazione e Semplificazione","PNRR"]','E91F22001750006','[2024]');
INSERT INTO "OperationalObjectives" VALUES(2,'S1-1_2','ESTENSIONE DELL''UTILIZZO DELLE PIATTAFORME NAZIONALI DI IDENTITÀ DIGITALE*TERRITORIO NAZIONALE*INTEGRAZIONE DI CIE (CUP E91F22000840006)','estensione dell''utilizzo delle piattaforme nazionali di identità digitale*territorio nazionale*integrazione di cie (cup e91f22000840006)','["Digitalizzazione e Semplificazione","PNRR"]','E91F22000840006','[2024]');
INSERT INTO "OperationalObjectives" VALUES(3,'S1-1_3','MIGLIORAMENTO DELL''ESPERIENZA D''USO DEL SITO E DEI SERVIZI DIGITALI PER IL CITTADINO - CITIZEN EXPERIENCE (CUP E91F22001300006)','miglioramento dell''esperienza d''uso del sito e dei servizi digitali per il cittadino-citizen experience (cup e91f22001300006)','["Accessibilit\u00E0 Fisica e Digitale","PNRR"]','E91F22001300006','[2024]');
INSERT INTO "OperationalObjectives" VALUES(4,'S1-1_4','MIGRAZIONE AL CLOUD DEI SERVIZI DIGITALI DELL''AMMINISTRAZIONE*TERRITORIO COMUNALE*N. 14 SERVIZI DA MIGRARE (CUP E91C22000580006)','migrazione al cloud dei servizi digitali dell''amministrazione*territorio comunale*n. 14 servizi da migrare (cup e91c22000580006)','["Digitalizzazione e Semplificazione","PNRR"]','E91C22000580006','[2024]');
INSERT INTO "OperationalObjectives" VALUES(5,'S1-1_5','PIATTAFORMA NOTIFICHE DIGITALI (PND)*TERRITORIO COMUNALE*NOTIFICHE VIOLAZIONI AL CODICE DELLA STRADA NOTIFICHE RISCOSSIONE TRIBUTI (CON PAGAMENTO) INTEGRAZIONE CON LA PIATTAFORMA NOTIFICHE DIGITALI (CUP E91F22002890006)','piattaforma notifiche digitali (pnd)*territorio comunale*notifiche violazioni al codice della strada notifiche riscossione tributi (con pagamento) integrazione con la piattaforma notifiche digitali (cup e91f22002890006)','["Digitalizzazione e Semplificazione","PNRR"]','E91F22002890006','[2024]');
INSERT INTO "OperationalObjectives" VALUES(6,'S1-1_6','PIATTAFORMA PAGOPA*TERRITORIO NAZIONALE*ATTIVAZIONE SERVIZI (CUP E91F22000780006)','piattaforma pagopa*territorio nazionale*attivazione servizi (cup e91f22000780006)','["Digitalizzazione e Semplificazione","PNRR"]','E91F22000780006','[2024]');
INSERT INTO "OperationalObjectives" VALUES(7,'S1-1_7','PREVENZIONE DELLA CORRUZIONE E TRASPARENZA Implementazione disposizioni previste nel Piano triennale per la prevenzione della corruzione e trasparenza – PIAO Sez.2.3','prevenzione della corruzione e trasparenza implementazione disposizioni previste nel piano triennale per la prevenzione della corruzione e trasparenza-piao sez.2.3','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(8,'Tras_1','PREVENZIONE DELLA CORRUZIONE E TRASPARENZA applicazione misure previste nel Piano triennale per la prevenzione della corruzione e trasparenza – PIAO Sez.2.3','prevenzione della corruzione e trasparenza applicazione misure previste nel piano triennale per la prevenzione della corruzione e trasparenza-piao sez.2.3','[]',NULL,'[2024,2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(9,'Tras_2','Realizzare corsi di formazione secondo il piano formativo approvato nel PIAO','realizzare corsi di formazione secondo il piano formativo approvato nel piao','[]',NULL,'[2024,2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(10,'Tras_3','Rispetto dei tempi medi di pagamento dei debiti commerciali (Circolare MEF n.1 del 3 gen 2024)','rispetto dei tempi medi di pagamento dei debiti commerciali (circolare mef n.1 del 3 gen 2024)','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(11,'S2-1_1','Affidamento in concessione del canone unico patrimoniale','affidamento in concessione del canone unico patrimoniale','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(12,'S2-1_2','CCDI normativo adeguamenti a fronte di stipula del CCNL 2022 nell''ottica di semplificazione e dello sviluppo delle risorse umane','ccdi normativo adeguamenti a fronte di stipula del ccnl 2022 nell''ottica di semplificazione e dello sviluppo delle risorse umane','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(13,'S2-1_3','FORMAZIONE - Redazione ed implementazione del piano formativo annuale che coinvolge tutti i Settori/Servizi dell''Ente','formazione-redazione ed implementazione del piano formativo annuale che coinvolge tutti i settori/servizi dell''ente','["Azioni Positive"]',NULL,'[2024,2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(14,'S2-1_4','INFORMAZIONE - Promozione e diffusione delle tematiche riguardanti le pari opportunità','informazione-promozione e diffusione delle tematiche riguardanti le pari opportunità','["Azioni Positive"]',NULL,'[2024,2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(15,'S2-1_5','Monitoraggio periodico del portale Stock debito, in attuazione del nuova Circolare della RGS n° 1/2024 e collaborazione con l''Organo di Revisione per le nuove prescritte verifiche','monitoraggio periodico del portale stock debito, in attuazione del nuova circolare della rgs n° 1/2024 e collaborazione con l''organo di revisione per le nuove prescritte verifiche','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(16,'S2-1_6','Realizzazione delle assunzioni secondo il Programmazione del fabbisogno di personale approvato','realizzazione delle assunzioni secondo il programmazione del fabbisogno di personale approvato','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(17,'S2-1_7','Redazione della Relazione Fine Mandato ed Inizio Mandato, con la integrazione nel DUP','redazione della relazione fine mandato ed inizio mandato, con la integrazione nel dup','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(18,'S2-4_1','ADEGUAMENTO STATICO E MIGLIORAMENTO SISMICO DELLA SCUOLA "G. MANNOZZI" E UFFICI COMUNALI*VIA E. FERMI (CUP E92C21001000001)','adeguamento statico e miglioramento sismico della scuola "g. mannozzi" e uffici comunali*via e. fermi (cup e92c21001000001)','["PNRR"]','E92C21001000001','[2024]');
INSERT INTO "OperationalObjectives" VALUES(19,'S2-4_2','Consolidamento impianti in door, con particolare riferimento ai locali del Pala Cardelli','consolidamento impianti in door, con particolare riferimento ai locali del pala cardelli','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(20,'S2-4_3','Dissesto idrogeologico nel territorio comunale: Sistemazione frana via Bronzoli','dissesto idrogeologico nel territorio comunale: sistemazione frana via bronzoli','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(21,'S2-4_4','Piano di riorganizzazione e manutenzione dei cimiteri','piano di riorganizzazione e manutenzione dei cimiteri','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(22,'S2-4_5','Realizzazione nuovo campo sportivo Berti in erba sintetica','realizzazione nuovo campo sportivo berti in erba sintetica','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(23,'S2-4_6','SISTEMAZIONE DELLE PIAZZE DEL CAPOLUOGO PER IL MIGLIORAMENTO DELLA QUALITÀ URBANA E L''ABBATTIMENTO BARRIERE ARCHITETTONICHE (P.ZA GIUSTI, P.ZA FERDINANDO MARTINI, P.ZA AMENDOLA, P.ZA IV NOVEMBRE) (CUP E93D21001410001)','sistemazione delle piazze del capoluogo per il miglioramento della qualità urbana e l''abbattimento barriere architettoniche (p.za giusti, p.za ferdinando martini, p.za amendola, p.za iv novembre) (cup e93d21001410001)','["PNRR"]','E93D21001410001','[2024,2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(24,'S2-4_7','TEATRO Y. MONTAND*VIA CESARE BATTISTI*EFFICIENTAMENTO ENERGETICO TEATRO Y. MONTAND (CUP E94J22000060001)','teatro y. montand*via cesare battisti*efficientamento energetico teatro y. montand (cup e94j22000060001)','["Efficientamento Energetico","PNRR"]','E94J22000060001','[2024]');
INSERT INTO "OperationalObjectives" VALUES(25,'S2-2_1','Affidamento impianti sportivi comunali dal 1° Ottobre 2024','affidamento impianti sportivi comunali dal 1° ottobre 2024','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(26,'S2-2_2','Affidamento servizio di trasporto scolastico per le scuole dell''infanzia, primarie e secondarie di primo grado del territorio comunale dal 1° Ottobre 2024','affidamento servizio di trasporto scolastico per le scuole dell''infanzia, primarie e secondarie di primo grado del territorio comunale dal 1° ottobre 2024','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(27,'S2-2_3','Inaugurazione nuova pista di atletica leggera con installazione di relative attrezzature specifiche per gare agonistiche','inaugurazione nuova pista di atletica leggera con installazione di relative attrezzature specifiche per gare agonistiche','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(28,'S2-2_4','Promuovere e facilitare l''inclusione delle donne straniere nel tessuto sociale.','promuovere e facilitare l''inclusione delle donne straniere nel tessuto sociale','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(29,'S2-2_5','Realizzazione nuovo regolamento dei servizi educativi per la prima infanzia','realizzazione nuovo regolamento dei servizi educativi per la prima infanzia','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(30,'S2-3_1','Approvare un Piano strategico della viabilità per riorganizzare la viabilità in un''ottica di mobilità sostenibile e favorendo la logistica degli insediamenti produttivi','approvare un piano strategico della viabilità per riorganizzare la viabilità in un''ottica di mobilità sostenibile e favorendo la logistica degli insediamenti produttivi','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(31,'S2-3_2','Approvazione nuovo piano strutturale e piano operativo comunale','approvazione nuovo piano strutturale e piano operativo comunale','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(32,'S2-3_3','Monitorare l''efficacia del Regolamento per la messa a dimora di nuove piante e per la sostituzione delle esistenti e la salvaguardia delle aree verdi','monitorare l''efficacia del regolamento per la messa a dimora di nuove piante e per la sostituzione delle esistenti e la salvaguardia delle aree verdi','[]',NULL,'[2024]');
INSERT INTO "OperationalObjectives" VALUES(33,'PM_1','Incremento dei controlli sugli utenti della strada con ausilio di etilometro','incremento dei controlli sugli utenti della strada con ausilio di etilometro','[]',NULL,'[2024,2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(34,'PM_2','Messa in sicurezza degli hot spots in aree a maggior devianza sociale presso il polo servizi della frazione Cintoiese','messa in sicurezza degli hot spots in aree a maggior devianza sociale presso il polo servizi della frazione cintoiese','[]',NULL,'[2024,2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(35,'PM_3','Monitoraggio uso legittimo del territorio, contrasto all''illegalità ambientale mediante l''impiego di A.P.R.','monitoraggio uso legittimo del territorio, contrasto all''illegalità ambientale mediante l''impiego di a.p.r','[]',NULL,'[2024,2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(36,'PM_4','Proseguire nei progetti realizzati in collaborazione con le scuole e gli enti preposti sulla sicurezza stradale','proseguire nei progetti realizzati in collaborazione con le scuole e gli enti preposti sulla sicurezza stradale','[]',NULL,'[2024,2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(37,'PM_5','Rafforzare la collaborazione tra forze di polizia, polizia municipale ed istituti di vigilanza privata','rafforzare la collaborazione tra forze di polizia, polizia municipale ed istituti di vigilanza privata','[]',NULL,'[2024,2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(38,NULL,'INQUADRAMENTO PROFESSIONALE E INDIVIDUAZIONE NUOVI PROFILI – Individuazione di profili professionali e nuovi fabbisogni professionali dell''Amministrazione con aggiornamento delle modalità per la copertura dei posti','inquadramento professionale e individuazione nuovi profili-individuazione di profili professionali e nuovi fabbisogni professionali dell''amministrazione con aggiornamento delle modalità per la copertura dei posti','[]',NULL,'[2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(39,NULL,'STUDI E INDAGINI A SOSTEGNO DELLA PROMOZIONE DELLE PARI OPPORTUNITÀ E DEL BENESSERE ORGANIZZATIVO','studi e indagini a sostegno della promozione delle pari opportunità e del benessere organizzativo','["Azioni Positive"]',NULL,'[2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(40,NULL,'Piano riqualificazione ex tribunale per spazi socio-aggregativi-affidamento progettazione','piano riqualificazione ex tribunale per spazi socio-aggregativi-affidamento progettazione','[]',NULL,'[2025]');
INSERT INTO "OperationalObjectives" VALUES(41,NULL,'Studio di fattibilità per il recupero urbano dell''edificio sito in Montevettolini ex Convento delle suore Passioniste di San Paolo della Croce','studio di fattibilità per il recupero urbano dell''edificio sito in montevettolini ex convento delle suore passioniste di san paolo della croce','[]',NULL,'[2026]');
INSERT INTO "OperationalObjectives" VALUES(42,NULL,'Progettazione di una nuova palestra previa convenzione pubblico - privato','progettazione di una nuova palestra previa convenzione pubblico-privato','[]',NULL,'[2026]');
INSERT INTO "OperationalObjectives" VALUES(43,NULL,'Realizzare la Nuova segnaletica dei percorsi turistico –culturali','realizzare la nuova segnaletica dei percorsi turistico-culturali','[]',NULL,'[2026]');
INSERT INTO "OperationalObjectives" VALUES(44,NULL,'Avviare lo strumento tecnologico per ed "controllo del vicinato", con cui segnalare, attraverso chat o numeri verdi, eventuali anomalie o presenza di persone o auto sospette','avviare lo strumento tecnologico per ed "controllo del vicinato", con cui segnalare, attraverso chat o numeri verdi, eventuali anomalie o presenza di persone o auto sospette','[]',NULL,'[2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(45,NULL,'Implementazione e controllo dell''impianto normativo in materia di acquisizione e trattamento dei dati da parte dei dispositivi mobili di cattura immagine','implementazione e controllo dell''impianto normativo in materia di acquisizione e trattamento dei dati da parte dei dispositivi mobili di cattura immagine','[]',NULL,'[2026]');
INSERT INTO "OperationalObjectives" VALUES(46,NULL,'Rafforzare il controllo di scarico abusivo di rifiuti con ausilio di n. 3 telecamere mobili','rafforzare il controllo di scarico abusivo di rifiuti con ausilio di n. 3 telecamere mobili','[]',NULL,'[2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(47,NULL,'Realizzazione di un sistema specifico di formazione ed implementazione delle competenze interne mediante un processo continuo di apprendimento e verifica','realizzazione di un sistema specifico di formazione ed implementazione delle competenze interne mediante un processo continuo di apprendimento e verifica','[]',NULL,'[2025,2026]');
INSERT INTO "OperationalObjectives" VALUES(48,NULL,'Rispetto dei tempi medi di pagamento dei debiti commerciali','rispetto dei tempi medi di pagamento dei debiti commerciali','[]',NULL,'[2025,2026]');
CREATE TABLE "Outbox" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Outbox" PRIMARY KEY AUTOINCREMENT,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "ClaimToken" TEXT NULL,
    "ClaimedUntilUtc" TEXT NULL,
    "Comment" TEXT NULL,
    "ComposedAtUtc" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "Deliberation" TEXT NULL,
    "HtmlBody" TEXT NULL,
    "InstanceId" INTEGER NULL,
    "Key" TEXT NOT NULL,
    "LastError" TEXT NULL,
    "NextAttemptAtUtc" TEXT NOT NULL,
    "RecipientId" TEXT NULL,
    "SentAtUtc" TEXT NULL,
    "StateLabel" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "Subject" TEXT NULL,
    "Template" TEXT NOT NULL,
    "TextBody" TEXT NULL,
    "ToAddress" TEXT NULL,
    "ToName" TEXT NULL,
    CONSTRAINT "FK_Outbox_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE SET NULL
);
INSERT INTO "Outbox" VALUES(1,'e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',1,NULL,NULL,NULL,'2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,'<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Valutazione individuale 2024: schede aperte</title>
</head>
<body style="margin:0;padding:0;background:#f2f4f6;font-family:''Titillium Web'',Geneva,Tahoma,sans-serif;color:#1a1a1a;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f2f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="max-width:600px;background:#ffffff;border-radius:4px;">
<tr><td style="background:#0066cc;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold;">Comune di Esempio · Ciclo della performance</td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:1.5;">
<p style="margin:0 0 16px 0;">Gentile Comandante Polizia Municipale (demo),</p>
<p style="margin:0 0 16px 0;">i punteggi del consuntivo 2024 sono definitivi e le schede di valutazione individuale sono aperte. Nelle sue attivit&#224; trova le schede che la riguardano: come valutatore, prima gli obiettivi individuali da assegnare, poi la proposta di valutazione; come valutato, la sua scheda.</p>
<p style="margin:24px 0;"><a href="http://localhost:5080/valutazione?anno=2024" style="background:#0066cc;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold;display:inline-block;">Apri nel servizio</a></p>
<p style="font-size:13px;color:#5c6f82;">Se il pulsante non funziona, copiare questo indirizzo nel browser: http://localhost:5080/valutazione?anno=2024</p>

</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#5c6f82;border-top:1px solid #e6e9f2;">Messaggio inviato automaticamente da PerformanceWorkflow. Non rispondere a questo indirizzo: per domande scrivere al controllo di gestione.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
',1,'wf:valutazione|2024||:1:valutazione-avvio:3a9f806f-9a17-450a-a107-f0faa4f9dab4',NULL,'2025-02-03 08:00:00','3a9f806f-9a17-450a-a107-f0faa4f9dab4','2025-02-03 08:00:00','Schede aperte',2,'Valutazione individuale 2024: schede aperte','valutazione-avvio','Gentile Comandante Polizia Municipale (demo),

i punteggi del consuntivo 2024 sono definitivi e le schede di valutazione individuale sono aperte. Nelle sue attività trova le schede che la riguardano: come valutatore, prima gli obiettivi individuali da assegnare, poi la proposta di valutazione; come valutato, la sua scheda.

http://localhost:5080/valutazione?anno=2024
','comandante.pm@comune.example','Comandante Polizia Municipale (demo)');
INSERT INTO "Outbox" VALUES(2,'e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',1,NULL,NULL,NULL,'2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,'<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Valutazione individuale 2024: schede aperte</title>
</head>
<body style="margin:0;padding:0;background:#f2f4f6;font-family:''Titillium Web'',Geneva,Tahoma,sans-serif;color:#1a1a1a;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f2f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="max-width:600px;background:#ffffff;border-radius:4px;">
<tr><td style="background:#0066cc;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold;">Comune di Esempio · Ciclo della performance</td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:1.5;">
<p style="margin:0 0 16px 0;">Gentile Dirigente Gestione Risorse (demo),</p>
<p style="margin:0 0 16px 0;">i punteggi del consuntivo 2024 sono definitivi e le schede di valutazione individuale sono aperte. Nelle sue attivit&#224; trova le schede che la riguardano: come valutatore, prima gli obiettivi individuali da assegnare, poi la proposta di valutazione; come valutato, la sua scheda.</p>
<p style="margin:24px 0;"><a href="http://localhost:5080/valutazione?anno=2024" style="background:#0066cc;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold;display:inline-block;">Apri nel servizio</a></p>
<p style="font-size:13px;color:#5c6f82;">Se il pulsante non funziona, copiare questo indirizzo nel browser: http://localhost:5080/valutazione?anno=2024</p>

</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#5c6f82;border-top:1px solid #e6e9f2;">Messaggio inviato automaticamente da PerformanceWorkflow. Non rispondere a questo indirizzo: per domande scrivere al controllo di gestione.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
',1,'wf:valutazione|2024||:1:valutazione-avvio:611d3618-55f8-4679-a36f-b986a2113d09',NULL,'2025-02-03 08:00:00','611d3618-55f8-4679-a36f-b986a2113d09','2025-02-03 08:00:00','Schede aperte',2,'Valutazione individuale 2024: schede aperte','valutazione-avvio','Gentile Dirigente Gestione Risorse (demo),

i punteggi del consuntivo 2024 sono definitivi e le schede di valutazione individuale sono aperte. Nelle sue attività trova le schede che la riguardano: come valutatore, prima gli obiettivi individuali da assegnare, poi la proposta di valutazione; come valutato, la sua scheda.

http://localhost:5080/valutazione?anno=2024
','dirigente.risorse@comune.example','Dirigente Gestione Risorse (demo)');
INSERT INTO "Outbox" VALUES(3,'e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',1,NULL,NULL,NULL,'2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,'<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Valutazione individuale 2024: schede aperte</title>
</head>
<body style="margin:0;padding:0;background:#f2f4f6;font-family:''Titillium Web'',Geneva,Tahoma,sans-serif;color:#1a1a1a;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f2f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="max-width:600px;background:#ffffff;border-radius:4px;">
<tr><td style="background:#0066cc;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold;">Comune di Esempio · Ciclo della performance</td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:1.5;">
<p style="margin:0 0 16px 0;">Gentile Dirigente Affari Giuridici (demo),</p>
<p style="margin:0 0 16px 0;">i punteggi del consuntivo 2024 sono definitivi e le schede di valutazione individuale sono aperte. Nelle sue attivit&#224; trova le schede che la riguardano: come valutatore, prima gli obiettivi individuali da assegnare, poi la proposta di valutazione; come valutato, la sua scheda.</p>
<p style="margin:24px 0;"><a href="http://localhost:5080/valutazione?anno=2024" style="background:#0066cc;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold;display:inline-block;">Apri nel servizio</a></p>
<p style="font-size:13px;color:#5c6f82;">Se il pulsante non funziona, copiare questo indirizzo nel browser: http://localhost:5080/valutazione?anno=2024</p>

</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#5c6f82;border-top:1px solid #e6e9f2;">Messaggio inviato automaticamente da PerformanceWorkflow. Non rispondere a questo indirizzo: per domande scrivere al controllo di gestione.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
',1,'wf:valutazione|2024||:1:valutazione-avvio:f19ea67d-41b6-435d-944f-532e34721e02',NULL,'2025-02-03 08:00:00','f19ea67d-41b6-435d-944f-532e34721e02','2025-02-03 08:00:00','Schede aperte',2,'Valutazione individuale 2024: schede aperte','valutazione-avvio','Gentile Dirigente Affari Giuridici (demo),

i punteggi del consuntivo 2024 sono definitivi e le schede di valutazione individuale sono aperte. Nelle sue attività trova le schede che la riguardano: come valutatore, prima gli obiettivi individuali da assegnare, poi la proposta di valutazione; come valutato, la sua scheda.

http://localhost:5080/valutazione?anno=2024
','dirigente.affari@comune.example','Dirigente Affari Giuridici (demo)');
INSERT INTO "Outbox" VALUES(4,'e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',1,NULL,NULL,NULL,'2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,'<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Valutazione individuale 2024: schede aperte</title>
</head>
<body style="margin:0;padding:0;background:#f2f4f6;font-family:''Titillium Web'',Geneva,Tahoma,sans-serif;color:#1a1a1a;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f2f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="max-width:600px;background:#ffffff;border-radius:4px;">
<tr><td style="background:#0066cc;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold;">Comune di Esempio · Ciclo della performance</td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:1.5;">
<p style="margin:0 0 16px 0;">Gentile Responsabile Lavori Pubblici (demo),</p>
<p style="margin:0 0 16px 0;">i punteggi del consuntivo 2024 sono definitivi e le schede di valutazione individuale sono aperte. Nelle sue attivit&#224; trova le schede che la riguardano: come valutatore, prima gli obiettivi individuali da assegnare, poi la proposta di valutazione; come valutato, la sua scheda.</p>
<p style="margin:24px 0;"><a href="http://localhost:5080/valutazione?anno=2024" style="background:#0066cc;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold;display:inline-block;">Apri nel servizio</a></p>
<p style="font-size:13px;color:#5c6f82;">Se il pulsante non funziona, copiare questo indirizzo nel browser: http://localhost:5080/valutazione?anno=2024</p>

</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#5c6f82;border-top:1px solid #e6e9f2;">Messaggio inviato automaticamente da PerformanceWorkflow. Non rispondere a questo indirizzo: per domande scrivere al controllo di gestione.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
',1,'wf:valutazione|2024||:1:valutazione-avvio:3173df9d-6776-467c-b560-3cc00a5a767b',NULL,'2025-02-03 08:00:00','3173df9d-6776-467c-b560-3cc00a5a767b','2025-02-03 08:00:00','Schede aperte',2,'Valutazione individuale 2024: schede aperte','valutazione-avvio','Gentile Responsabile Lavori Pubblici (demo),

i punteggi del consuntivo 2024 sono definitivi e le schede di valutazione individuale sono aperte. Nelle sue attività trova le schede che la riguardano: come valutatore, prima gli obiettivi individuali da assegnare, poi la proposta di valutazione; come valutato, la sua scheda.

http://localhost:5080/valutazione?anno=2024
','responsabile.llpp@comune.example','Responsabile Lavori Pubblici (demo)');
INSERT INTO "Outbox" VALUES(5,'e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',1,NULL,NULL,NULL,'2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,'<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Valutazione individuale 2024: schede aperte</title>
</head>
<body style="margin:0;padding:0;background:#f2f4f6;font-family:''Titillium Web'',Geneva,Tahoma,sans-serif;color:#1a1a1a;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f2f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="max-width:600px;background:#ffffff;border-radius:4px;">
<tr><td style="background:#0066cc;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold;">Comune di Esempio · Ciclo della performance</td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:1.5;">
<p style="margin:0 0 16px 0;">Gentile Nucleo di valutazione (demo),</p>
<p style="margin:0 0 16px 0;">i punteggi del consuntivo 2024 sono definitivi e le schede di valutazione individuale sono aperte. Nelle sue attivit&#224; trova le schede che la riguardano: come valutatore, prima gli obiettivi individuali da assegnare, poi la proposta di valutazione; come valutato, la sua scheda.</p>
<p style="margin:24px 0;"><a href="http://localhost:5080/valutazione?anno=2024" style="background:#0066cc;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold;display:inline-block;">Apri nel servizio</a></p>
<p style="font-size:13px;color:#5c6f82;">Se il pulsante non funziona, copiare questo indirizzo nel browser: http://localhost:5080/valutazione?anno=2024</p>

</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#5c6f82;border-top:1px solid #e6e9f2;">Messaggio inviato automaticamente da PerformanceWorkflow. Non rispondere a questo indirizzo: per domande scrivere al controllo di gestione.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
',1,'wf:valutazione|2024||:1:valutazione-avvio:8f69c6f2-a85b-410a-9767-19ce1db0e651',NULL,'2025-02-03 08:00:00','8f69c6f2-a85b-410a-9767-19ce1db0e651','2025-02-03 08:00:00','Schede aperte',2,'Valutazione individuale 2024: schede aperte','valutazione-avvio','Gentile Nucleo di valutazione (demo),

i punteggi del consuntivo 2024 sono definitivi e le schede di valutazione individuale sono aperte. Nelle sue attività trova le schede che la riguardano: come valutatore, prima gli obiettivi individuali da assegnare, poi la proposta di valutazione; come valutato, la sua scheda.

http://localhost:5080/valutazione?anno=2024
','nucleo@comune.example','Nucleo di valutazione (demo)');
CREATE TABLE "PendingImports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PendingImports" PRIMARY KEY,
    "FileName" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    "UserName" TEXT NULL
, "Parameters" TEXT NULL, "Purpose" TEXT NOT NULL DEFAULT 'plan');
CREATE TABLE "PlanYears" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_PlanYears" PRIMARY KEY,
    "Status" TEXT NOT NULL
, "ScoringCapAt100" INTEGER NOT NULL DEFAULT 1, "ScoringLowerIsBetter" TEXT NOT NULL DEFAULT 'AllOrNothing', "ScoringTolerance" TEXT NOT NULL DEFAULT '0.0', "ScoringVersion" INTEGER NOT NULL DEFAULT 0, "DeliberationDate" TEXT NULL, "DeliberationNumber" TEXT NULL, "LockedAtUtc" TEXT NULL);
INSERT INTO "PlanYears" VALUES(2024,'Locked',1,'AllOrNothing','0.0',2,'2024-01-31','12','2024-01-15 08:00:00');
INSERT INTO "PlanYears" VALUES(2025,'Draft',1,'AllOrNothing','0.0',1,NULL,NULL,NULL);
INSERT INTO "PlanYears" VALUES(2026,'Draft',1,'AllOrNothing','0.0',1,NULL,NULL,NULL);
CREATE TABLE "ReportDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReportDocuments" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "Generated" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    "SourceVersion" INTEGER NULL
);
CREATE TABLE "ScoreSnapshots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScoreSnapshots" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "RoundId" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "ComputedAtUtc" TEXT NOT NULL,
    "Payload" BLOB NOT NULL,
    CONSTRAINT "FK_ScoreSnapshots_MonitoringRounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "MonitoringRounds" ("Id") ON DELETE CASCADE
);
INSERT INTO "ScoreSnapshots" VALUES(1,2024,4,2,'2024-01-15 08:00:00',X'1F8B0800000000000403AA56AA4C4D2C52B232323032D1512ACA2FCD4BF14C51B282B1112C9FC4A4D41C252B25E7FCBCE2D2BC92CCB27C05901E251DA5B2D4A2E2CCFC3C252B231DA5E4FCDC82D292D414C792D09264252B2590125D03435D43D310030B2B03032B038328251DA5E2D49292CCBCF46225AB6AA5E4C402C71243030325AB92A2D2541DA59CFCF2D422CF62A7D49292D422252B031DA592FC9CD4A2C4BCE454252B033D835A1DA5FCA2F4C4BCCCAAC412B0B5D54A05A945C9A979254A5616A67AA686E6462686C6E696C68606C6A63A4A99792999C98925F945C54A56A616B53A4A29A905894525B9A97925C54A56D1D54A99294A56863A4A7989B9A94A564AC1AE2121FE41AE0A8E6E6E8E419E0AEE9EA1419E2E9ECE9E0AAE0AC1AE41619E519E0A2E9E0AEEFE61AE417EFE209F24E717A582BC817083999E193230477583A1516DAD0EC456230C5BDD5D83433CFDFD5C15823C83FD83825D7514025C8382FDFD5C75141CA33C5DFD5C5C155C15425C83823C43FC833C71D86FA2676E6C6661626468606A64666C68866ABFB105DC7E63B8FDA17AFE7A8E7A0A01FE3E9E519E8E0ABEA17E9ECE9E018E3EAED87D68AE8716B016B5B5B13A4AA5799958C31464BAB39E82635A5A6251A6827B6A5E6A51624EA68E42706A51596655A6824B6A6E7E7A51625A6672A68E426850801272248152A321B2C0804512D41B4E99398979C999F90AA90A4199C5F945C5A90AA1B98979A93A0A21459949A525993A0A01894525A9C999058925A9187E31C2E1172A45BD9185A9B9A10994B4448D7A43131C51EFACA7E09358965F94A910509A949493999CA91B90585294999B9F97994F671FA039D900EE641394D4EAAC07736BA242667149516955663E280E924B734A4A8B1275148A0BF28B4A74148AF393331373521552154A4A8B328B73E9EC1DCC7C02CDFBA6E8BE09492D2ACA2CC92F0227ACE0B2CC9CD282827CDDE0D2C402FA4600FED2CB0C1E1D66281EC05578200A5B503E36464BFBA01C854B673166C18AA3D8C9494D4C490515EFD1D54AD9A9954A564AC689966916066669BA968986E6BA26A60689BA898606E6BA6906698989266996298949264A70F73BE7E726E6A524E695A42A04E4E7645665262AF896E66582F26F4EAA82464A6A6EBEA6928E527A517E6901B83E22D2693A30E798191AA6189B195AE89A9AA659E89A98995BEA261A9BA5E926595A98251A191A1AA71858229CE3925994999E0A728D7B6A31A886439433C4B985A8F21F1250698696A98966E629BA26864966BA26C6A629BA96262669BAA6C646A9C626E64686A90646D85C062BCA334B8B3253329333890C25FC690B5A33425C666C686E9C926699A26B666E6E060AB364DD245333035DE3E464038344D3447333F32484CB82528B0BF2F38A1393327352D18B320CB719EA2861894113CC82275647293F292B35B924B32C15A5AD001705256A4350AB2705DC7630D4358C3754D2512AC92CC90109380604F8783A3B4681AB74C78000054F7F2D44EDADE0079671F471D5720C09F10C03F310CD0C0DE7D00005574B43372323030343735303030333503A04D5B2507B414C252B25503622B17EC50C00430303B41080677523A47000D90C6EE7217C0C4A21301FBB0687B8FA0583FDEBE2EAE313536A6060641E1AE2E9E31915E5AF0012725508F0740C097174F30FF275850701B855E5E9E2EA17E21902D2E46CA0E0E2E9EE19020A1CAC21E6E917E2EA1E040D32174F05674F5705941033B030A1718859E00C3063B40033464D22C64849C4D7D3DDC7D33FC8D1D7D52F04124020EF1B99BB0607B80679BAFA45392AB840444283C1F20AC19E21FE0AAE0A2EAE9E482D52705079825A8B0A9E3E0ACE9E21218E2E9E7EFE0ABA20B66794AB9F826B04C44067B470323436A07338211AC02668E164821A4EA0321A96B07C3DE1B1EDE8A3E0ECE31FEA823D0840690C12608EBEBE9E7E9EC121D054829CF39CFD7D43FD4069CB4F4FC1D004118E8E0A607B821061E40CCA7D06A616740E234378E633450B2353D43032454A4B888CE5A8E0E71FE2E9E6E9ECE10ACB479E0A1A017E2E9AD84301AE38CCD3DF079CA93C1540C1ECEFE2E90C4A6A3E3E8E0AA08074413638C833D8D93F1892D943823C9D42433C15349CFDFD14021CDD21E9595301259B82E47C1C91F23FB269D0EC0E3202A9DC33B2B01CB09037430B7933D49037C311F2018EEEFE018EC8E14C42396F604EEB9486A79C3747F3B039AA87CD913D1CE41AE6EA07A9D84039CE51C1D93F28281422E0AA1012E4181CE018042EBE3C730B725241DDED4470135D2125B3B820BF3813C4C95428284A2DCB2C2E4955C84BCD5108C84CCCCB572829CA4CCDCB03B5D90B528B147212C16A52F340EA531552527372121592F38BA00D7E50BBBE28B1B820B12835AF2A5121A6D4C8C0D01894C2FC158253ABF48CF48C9520FD5250BD65086152ABC6442FFF11E59A055A405AC00332A428B118A58910407C40261614E4642643433137B3B8B428151C36C325FC10659E217AC560891A80C82D8EA0D4C49CCCAAAAC4A25450B228CE5448C95448CB2FCA858653716A727E5E4ABE42668E4201387981E5C0C35789050545F9658925F990C4E7E9081A4F0135A9689056F0E43A2303B4D4626880EA5B50128655834199C505A92525F90A29A9990A25A9B905990AB9A929604F1724A62782B219442E253529B3245321393F3737B508D405CE54D070CE2C4ACECF018594AFAB9B429E9E21283B29182BA4A7E681C7F206A6756989E6FD6192598CD00B1B92C78D30DBE8E8250E528E416F26D03FC7D0C2C3F8B28D215ABA1914D986DE8180DE463144EA8D1AA1F746D3D23253A04544669E42727E5E726A3168E41E5CAD2A2427E6E5E7A52A80463EF2150A60C37F8939A0214C58A9480BEFA1276A44356A84DE203144EA79827C875C0F383BBB782AE4810A7E48E19E929A5E0AF66CA642A2425A513E6840252553A1B824B3A03427115CF2393BFBF9800A3E2350059003E934E49794642627822A91E2D4DC829CCC34788D0B0EA59C7C8562E8D81CC8889C548522E8187029680C18A9B1418FA042E47F23F4268721529F131454C89508A8EB0D6EE4BB2AE82A04A5A640ABCAD414854CF4B65A2A966A332FAF14D43A4BCE00D5B8997965F939E9A0D1D592924C854C856050ED5494A90F1BDB0735D82021EB9A071E0DA76752420A1FF45A06D4C448CE870C6280C207B9AFE9E98712420145F9B9F990E667AA424A665A5A293CD3E4A4822AE1C4924C50601465A697261681061233157252150A40931DF905A06168909F4181E06A40E70482C84BC618AD0CA48E242800903B92BEF979A0A1E8C4F4F4CC7C8582D4A2CCFC94CC6450BB224701E41D50EC0797E427672B805B19F93A0A99790A892525A5D08494929AA390579A5F96A880687180D241A242907BB0421E28249C0C140CF54193830AA04494939398945F04D59D9C9FA700CD8CFEA079BE7C50660C0275134023FC20E7804217643EB8F95B9C5C94595292AA50965A04CAAC19F42EAE1069CC18A34642EA31828218B9C7086BB642D21528745215128B8B4BC1FD9C4C05A4666B401168722C17D6A005056E5A62525266717E7A1E386C0A528B8AF3C11D26788B96C6C9CC126DE40B2999A18F151A227522416180DC8944143D20FF272A04A5E640D3805B665EAA822F6854BE245F213545C1330FD45F8489E880EA2E50CF3033AF24351D966E403D489750D0E42128BB81DAF0F42882115E07B53F500686874943D618BD218B77AA90A4462B7AEB85FE8D564A3D87AF818A91150643BF8E861E36461FF63644E48060235D1394710F471757F750C828A14270886388A73368501B75343CD833D817240E19600A760EF5F7715400D51E4646EE7A0ABE8E7E7EFE51519E1001055785503737D0420DE8D8AEA75698A7A382AB9E829B6B902F7C54D1C8D9C8D0C0C01034E46D6088DCDFA5345CD05BB148D502FA6086212299838305A5159B9F579C9F8368A6E782062D400DAB3C8594FCFC2248C9075ABF9209EDC91765A6A5166542FAFD89990A39F9C9893999A0A6A94240624EA282736211A86CCD44AA1068E853F44E28686803D1C83289476E84BA641617A71697E42B64A614E5A7A7E6E7E4A783DA18A052BC0431159E9C9F5B0AAADAAC148241C35CB04A30AD28312F51A12C3351C1A9283FAF2A3F874E1E442FB08C50BA5B26F1C8AD48C868664AA642512674BD5215B4764B55C84DCC2B2D418C69662A2467E66696A416D1C91BE8FD2A23947E95493C725B10B5A1026A76E52B2427E616E42B80575880D68139A5164192686A5152A24231A8560675A2E893E6D03B3E46281D1F9378E44657B0677088AB2FB4EB032A55C093915151E0290E0567C7007F9F507F777FD8341A6A690452EFA81018EAE8039FA20C0D7272F473547055804E743A3A398166722173794E8E41419EAEA0A56441CE1E9E21A075657EE009198D00BD2847D0CAB2E0104F1D0530C7CD35C8C5D3CFD1CFC55FC1D73128C4D30F26012A215DFC7D1CA1EA3CC314FCFCC35C7D9D825C3561D39DC62EE022CD0454A8D1AB4843EF4D81D60E226774E4565E88AB634890BF42A49E82AFBF5F88A39F0BB86076760D760C72550087577088A7962BB8F076F50B01F91834C1E9E71AE4EE0AAE16300C80F9DCC40B3C396760666040AFC21C34BE321C1B7926E88D3CE84230D2175791D400442F8810352378A204B966849543541EE7A7A5C7F1350E31DA4A83A17138408161823E36618432366184DA70441EC584358FA0551178BE03D45EC8544849CC513004350D9D0C14FC4B4AF2938A5241437DA00A1AD63DA4A56F7137074DD047098C5046098CE29113BD2392678B21AB65C15DFE12D09C677E5149BE4231A81D585C026A3A81A74B53158A934BF37320839520FF1B9967E6A525E6556526EA28141465E6261665825643420618C09C14D0346C666EBE427A51620A6494074B0B6C1087287A470B346E8CA88D8C509A9D9E7989A5E9A5F03103F028554166710978C837B1242715D47251C8494D4F4F2D024D34E72964E6159724E6C0462640EDB9D49C44D09230D09057516A555562096826B6B82035193200051EA24A074DB325A6E7E76582220765546A80D21D7A89031A32460E2550D6804D3382863C4BF3CB528B4049252D31393327B304E421E8B85C665E720ECA20684A7E5E5EAA42714951625E264813A4155F5C5C0A4AA19015B87A48CDC1010A01F48E9811A2BA0936D23522D8EC2D4A4DCFCF01CF2980720968900EB27E3D35A53419942232C1310F5EB190999BA800CB7703EE71D0B4C9706CB498A2375AF0AEA126A96182DEAB40A4147A354C28F51CBEC6077A46000D5D428B02B0F790FBE9745B7140430F9BA00F4C806643A01E0E36D235466D604096851481A642A14B9240055B492A787C02349A021E7948029589A00AD6D5009CED917AF945A9A0C1E9B24CD072E4CC12A89ACC3C8552F0D4879139628E31371FD998E2FCE292D4BC4CF022E6548534D08E8C54D0DA959C4405D0E808A822014D5CA6E764822AA5D4944C705904AABDF3534A4B4A32CB90870F280D4E3C2D18F45110D0C4077268A2B46020A10999E6808C1E8086B4F2419545690968AB06787306442CBF20B5085490E683D6AD80DA71C8933934F4107A37C418653CC418A501019B1B034532286A8DCC53D34093C4C999A0B8C9510842AA24C02DB24485DCD4E2E24405500B2337BF08448167C752C10B924A40352C541D28FE334B4A2161054A68A90AA9C5A061AFBC924C05709A2A4ECC294B04CF32426CCB4955482C4A054F7EA5D027F241F3CAC3B12E3143A94B48D8948236158618F7050DF3A28414FDEB10723D85AFEE402F4A0745DD41038F9AA0370140D31BD0522EC017A5C6F0CC4B2E02AF7085340B93F3F34A8AF2737232158A4B41653568A4B7043C269F93082AF61253201D8BC4D2E2CC9C4C707F2EB52433273F37B5A408B43D0DD63F25D753784A6EF4713B63C48AFB005F949EA72FB8CCCACC5328CE4C2E05F77214525241BEC9C82F018DFC96148327FD41854FA2422E78A54091424A6A596622681D2E6CD75D41516A713164F1653E68E90CA40B0B9A9EC8012DCA818E873B67E695E467A6162397F6D4F7BC29FA2803687730224291DB3CB0321EBCFEA1B4381FD41FCC2C2901F59141D3EF88DE31783E06D4192FC95748CC81F58E727252D31373E0357F626E52666A5E0968D50468AD2678A3194C696E41666A3A380938EA05E805217792681002E8430FC688A187005FD4C98BA2FCE2D4F4D2CC22D0CA6C700B231DB4655BA108BADA1632DE9F9C8FB972033E0091AA004A2EA9A0BAABA028B520BFB804942140CBB711490AD4B04A415D6246AEB7F19459A6E80304C688450901BEA8DDBEC4B4B4FC22F06A62F03A7314FF95142582961657815601291440B60AEAC0180AB9A095739905A06806ADA42A2EC92C290565FB4C85B2CC74D09EE12AD052F6CCB2C49244A41E21B9DEC592C963759440E1096EA8FA63DDB706EFDEA716C1623707947B8B8B41FD55703B2613BC8E3E55017DF55B5E2A381524A7A680271B412DD092D4A23C50A303BC7BB224D527332F15B4EA02EBF63A4B633D631480B6D70CB18CC208B17D2E803C67162582175D652A80E22B313737133406031BF14905AD044FCE2C29494CC9CC0395B6C4B8DEC24CCFD80C19A2BADE08E17A6324D77B3AFAF983D62E81E79B3C1502FC833D433CC35CAD14DC402D7B50D6829602F9C9C9A505D0B2302D15EC6070A31896D9104DCDD2F4D2C4F41C58195B5C021ED7032D422B4A5428CD07F9542155013218031A82C9015994AFA39098075A9F865EF824A64057B5A5642A40B613E828A4A4E6818C492C4955003B285301B457033CDA056EA4424DD75148CC5148032DD2018D8765E642C78A40193EBFB82431393F2753016425682D7E2268B97A666E416A4A6671727E5E3EA86F04F319B4A99B8973B11C51B183D60443EC723741C48623C82AF03A79502B3B15B4742A3107D47C06F79B609D34D06681FC5CF06ABEC49292A244D0D116F9E01C0E59E29796590C9E5F879400887581E0BDE5A09143251D2534271BE960DB6D8AE66444023245383928B3B0341179052A6ADD038A69F06E188C8E6671666A6EAA42620A2C0A73338BC011AA509698935F04DD2C91AA000E883CD0701D78C82AB5189CF5533241AB408B20B531397E41B480CD107E71040533680411546C42C212D4114A4B2D06F59A32158AF3D321154C4A6A1228F140BBBFA04C82D091021ADFCF030D4682D326A84754965F94AF9B96989B09CA1598816F4C4CE023D28B3992837373F353528B40A782E481B75BE42880BB62B989C843EEB0EE19681970726A517222A8BB9E969907CE97A04519A07E5B413E78AA1FDC5987B410A143F998EE3521C6BD8800B640B8370C16B5A0740E4B9E902085254E70EA072729787257282C4D053554A1A726E48016AEA627966482B237A295A3900AE243DB74988E36C5E6E8BCD29C1CD4521271928325C2D98E25E0B0012D3C87E4356891989A9209D9890F9DD949048FB1E424C21B20106FA2AFA400A7DDCC44509B032905616473A8A1A0F6265A0A37C3E617F4BAD618BE3913D4F98155AA8EE015E74590660FE8440A48FC97162525822A20D02E79D0D2D602D04011BC6D9807CEC1E00DFFA9B02A0AAC23119A3DC1A3413AE005EA890A45992948A30390D187CCDC0270098BD4CA042DA9CD2B2ECD05B72B21632EC5A5A0F63772B55E94AA90A900AF2A412E03AD4281D48BA0549B938ABB1C3027269410651A68D21C164A01888625B8E981B20E06542083420E342E94AA5000398B240334428256F495A41683D32838DFE717C1B3568E424A6A727E51BE02380CB154EFA4BA1CA935E20B2A63F28B408518A8BC041D39044984A0911AD0B217443F09392491EA11D0C298A232708B18E64BD0622D70F10C0AF2E25290FB21B370A9290A896565A0DE616A0E74CD1BAC5F092A437214CA329333F3124BF2C1A9C0089C3D8A52934B41236845A9907C9DAA50045D519BA900DE9EA0A3009501A52ED02AB3A2CC54585990969F07D91C026AC082EAFAD2BC4405584309DCA94B0497E198F9DF025B6AC0BD44183482044B0DB08E5651AA42712674FD78A6420AD84FE6E0E04A2D2E4E057B0E5A30E417A5809A1DA0B21FA96B0A4D2A89A0B5C20528290CADA50169C542CA4550F826966069C162F51096422016A5B247392102546F285929191AE80687048586848406392A20F6A3830E7BC075B29285A509D2F14DA84528D2D94D88B3A38C7483C33C7D42030220C703204E4BC06E035ACB035196214E8332D1051D0415025EAC14ECEFECE9E8E3499459888A1471568FA92E74DDA6AB82AB0BE818084F478560677F1FC7E0104F6747A28C45D477884373CC744342833C837DFD155C159C437D40E18BD52C7CD510E2041B73DDE000FFA01005643782043CC38873212210CDE1A7CA58EAFA3886F907792A04843A39F98016A6BA2A80D78B7912EF7344805AC0CDB5D00DF6740E0D728D8AC2E136B4834C4CC14773219F828638F30C960DFDF414A04D12D09C36A88B9AA9AF90871084EED286ACAA4802357294D04EF221F5D834D0181779FBB051865491965FC2CE5EC9CECC4B51B25272050DCA67A6E625572AE92881C460E7D7C124AA40BDF092C4A2F4D4127046355050059D659798539AAA64051E4C809FE806E61595828E7431443ABB0D167A8E29A9900D41059989252589A00DC6A9A08208547EC17727802A58E8066EE8440DE26824324E34A352F821CD7380C20F3471030A2B252B2547D0A9379925E8A1076EC7C35A2FA0F300600168AAA0616860A00A5A525D060943131DA473F90C7494200168000B40A49E32D85068931E960E5332D3334B40B5233414C17B99F3409DF7E2CC927C050D2385B4C4E254907583211C91D69C82C211349648AF7044EAE306E417C0D727807A2F39A02157506881D6A040E695C0953BE4CC857C85944485C4F4CC140570050BDE4204EA1B421A35E003A8340C47431972542352B7DC37139EA9D32107742582979F0F86748818CE0F06A543D0921E7AA5438CCE3E241D21CA4450793B18C208696D21288C406BDDE9154648E30B43B6CA454C1980931868793D34F860352BADAA5CA4D18E00D0F8545E09B4CE80F47F61D32FE0CD16E0150405A925E0620CD49B81761FA03B24C1697390B461107311E000052D9D870628CDEB60A4819880A27CD8D83E68F73FECFC52D0F60ED05123299905A97929A0AEEB68A8210FFA80964BE566424F51284ECE484D4954009D9A5A925F049E13050D9C050538870C9250436CC803391C3C894DAFB4063A8718D662869F8F0BCE870A89D013054023D6A0310658FB1234D9960B5A0F94A8A0E19259049A802C4B54F0CDCC433AFBD5113C5D029AF78298656482729CCD60A870B0ACFB80063A8925266858C4D8D556211FB4961D54B7435BDA46C84D6D6C9D15D0266C78D8C3778B83B611824F29061D8D010AFB9CDCD4BC7C8552D0D12045C5A0C1B3C11D7A9E79A0AE16F810F0C41CB45E9E0BE858A7944C8540D00C0A74880BB9BB82E8EA414608E07D3D0817D2573181F555400BCA61E1E7093B4F1C7CF44301A80558064FB0B03398C0678E80C6A912F3C0938C83212041C51674B90338F3237552484C87BAA0334EA1694FD710A99B8794F68C6061873CF80BB29792D292F433B251FBC9241FC18432D83090852772DB0776B838A4C0A377E139B0713008CA52E44613A565E9600D4C3A16AD48299B7A45EBC086EB0095B4A0058AB05A0A79E318647E0AE9B82F5C8DD1010E35A4C15CD04931A04A06DA4EA2794708B40E121674289554620E6C6942BE0268B407D4F402CD45A21C9606EA209524269582B68529809BFD4579E0497405F02A2BF0F201F0D205E8B2D0C4BC44E87517A33181312C8C34D21650045A33045A8004A9EA32412B2920277C262627E717A5E42B2422053168F551661E789614BCD401CC028DC8437483470140AB4DD232C1A709E581F648668297E26782AE90C8042FD74B859D3D95089ECE07CDE183A7D1A10B25600B3E40B386581B75039C879006F4417988AE03FA48238041A9A073C2A02B864123F8D0696F6883BD2C1334CF540ACA23A0656A4588434DB11C3797925F52925882B33B32C0018E34F20F0A70A44635ED0B2DA4E144CFBC62F83130A0F2A920B100BCDD1974C69A9942712968D92DD250AC02384EF2E0AB6A40451BF87435505D015A3E025ECC0A1E5E03AFB3401C31061F084A55D0484A4CCE484D4E54C8CFD3CD017576902D282D4ACAC4393B33C07186344A0E8A33504F9A6E150D52730776C402A4782A2E55405FAB0A5A580E3ED9BA04545481A210B69E03CC57482E4D07472D685CC0C81CBC3C03DE132D2ECBCF012F341E8CA5D440460052F3DD330FB6C006B43EBDA8442111546F8017639564EA1721EE1419ACA53DD254062821D3732A03746603ACC5E488BCC70F940C9570AC0E18E07C8F3475010A2EA4A90B9A97D5A0531F60C1E5A757940F39EBB124533F0FC44114AFD09516A0B959685538E4C292C4C124430312575E9820ADC9436F2182AA2FD01A51D8690DE07212B45A0F3466A2509C5AAC005A0209594097528A7AB316D22A8C014EA7483342A0744ACF192113A46519D8031771482768713FA8DA872CA1CD07959EA0A635787717B44A82ED304805ED88031DDB5A9C9C98929A07D941E3033A64031421A5A08D31A0E5E7F0093D50531E3C8F97895429E25B373372630C74B803AC6441E9BA92311B456928E23D1974B08CA5820E258405D8004F44D12FBC077EDC147454223CD8077ADC94F8848A3BE0E838468AD266855E674BF1F413FD12DF008D879A202D8D0BCD29C9841D1E0A1AAE03EF8CA359B39EF8E485ED885C7AF54541A7A2C072A4737E5E716A7A1E68782C5361D0040E22F3C10FCAA55BE0208D66414F1F1F4CE9065489412773C14143CF712713A47127E47C0549360AA9A0651B7999A043D168D577213E7F816A1DE470A2E7580FE8040958FE0A060D612A24968136D240C6944D0D40EBCD69323A4342F0A08C17430EFEA55B0E43AAD5066BF0A08CEE42CE12A657F0808EAB80A59EA054D0A2937CF882C7A2D4F4CCE24190B950C6F14CE2E9D95145DE4536D0DD1ED8402E6816A908B241534701BAA516EF45E483A64B843CA4021A2A01DD7D0D19961E6ACB4BA81317888607286D810FC681E67B1247B740E320642DD9031D630ECBFEA073302017BC90B9648FD2A63EAD03957E5D29D0C17FB0601D3CCB4DA813BE03D4CD323544DACE8F745E31642C1636B348ABDA8A3A4187EDC0696886A7F9D400E874225892C45CB63344C20F656A05728635DDC20F69C81AE574E7419EE45046F9218754D32DC89046461CE1A70C24E7E359F53D38AA106C6756D32DD090562641668E0B8AF241C79A810EB251403A1B7A90A73B44DB067EE835BD821074E922ACA80335AC06722D38DEB3A2074DC31C29A30EF1B90AE2C31B9140416964401ADF48597DC01BDFD408383A36B0915A8383A7814D7C180E54231A65B819B42C2929BFAA2A1174A868A2427A66695E0964AD1E68D70D74969C56D50CF16105EA4C21065721A7A8D3AB2A31451A8446597F54005AE351909F3C0882076541BB31724146FB4E05D23A43F8625CE435E8A96969A92525E025B8A90A25F9E0D3692107FC6682D66A64966482F6B1A696804E84009F914493916A12D21ACA4835E448767AA53543A4EA00542591D36C09D5F3D7C375AA38D226355C4A064D8304A99C1AA00609354372E09B1AA0AB06604D62CAEB4B6A86CD40D58448D342EE900BA932154A4B40C741568117EE414F72401C99AE00DF3F90988328CA500A3BD094246CFA1FBAD617746A22E87876D06AF73CD05187B083B8910C065F309E5C5A549C5F043A2B12A508A4665083766E412B52E8D1F2F42ADACC0C10837721A9B968DB9941A75382AE184B2C02DD2F96AA50960939E80A34B4073A1E3237313D137C0434ED420631C5043DA09E6E2183D49085D5A0A00D2B45A0AD4739E00B39E0F5652A747B0BA252456F7D5035B520967D07F882EF26A15B9820CD13211FDA05DA71023DB82B1F7C2D00747716E8D0B31CD0F008784D7D15D2D1B9890A907C97989CA99057043AD180A62186189E849E730F0D3112677340BBFF8C0D106707801AC0F093039036BFC34F8903CC0C696C127BF6025D05817CC83C4D830131E4083DF61E1A0CB46B8EC6D60200613C0E51619E0000');
CREATE TABLE "ScoringWeights" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScoringWeights" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "Element" TEXT NOT NULL,
    "ElementId" INTEGER NOT NULL,
    "Weight" TEXT NOT NULL,
    CONSTRAINT "FK_ScoringWeights_PlanYears_Year" FOREIGN KEY ("Year") REFERENCES "PlanYears" ("Year") ON DELETE CASCADE
);
CREATE TABLE "Staff" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Staff" PRIMARY KEY AUTOINCREMENT,
    "Matricola" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "FirstName" TEXT NOT NULL,
    "Email" TEXT NULL,
    "Group" TEXT NOT NULL,
    "Area" TEXT NOT NULL,
    "DepartmentId" INTEGER NULL,
    "UnitId" INTEGER NULL,
    "EvaluatorMatricola" TEXT NULL,
    "PartTimePercent" TEXT NOT NULL,
    "ServiceMonths" INTEGER NOT NULL,
    "UserId" TEXT NULL,
    CONSTRAINT "FK_Staff_Departments_DepartmentId" FOREIGN KEY ("DepartmentId") REFERENCES "Departments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Staff_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE RESTRICT
);
INSERT INTO "Staff" VALUES(1,'S0001','Bruno','Simone','s0001@comune.example','Director','Dirigenza',1,NULL,NULL,'100.0',12,'f19ea67d-41b6-435d-944f-532e34721e02');
INSERT INTO "Staff" VALUES(2,'S0002','Rizzo','Marco','s0002@comune.example','Director','Dirigenza',2,NULL,NULL,'100.0',12,'611d3618-55f8-4679-a36f-b986a2113d09');
INSERT INTO "Staff" VALUES(3,'S0003','Bruno','Davide','s0003@comune.example','Director','Dirigenza',3,NULL,NULL,'100.0',12,'3a9f806f-9a17-450a-a107-f0faa4f9dab4');
INSERT INTO "Staff" VALUES(4,'S0004','Bianchi','Alessandro','s0004@comune.example','UnitHead','Funzionari e EQ',1,1,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(5,'S0005','Santoro','Simone','s0005@comune.example','Staff','Operatori esperti',1,1,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(6,'S0006','Ferrari','Simone','s0006@comune.example','Staff','Operatori esperti',1,1,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(7,'S0007','Santoro','Giulia','s0007@comune.example','Staff','Operatori',1,1,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(8,'S0008','Conti','Matteo','s0008@comune.example','UnitHead','Funzionari e EQ',2,2,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(9,'S0009','Rossi','Alessandro','s0009@comune.example','Staff','Istruttori',2,2,NULL,'60.0',12,NULL);
INSERT INTO "Staff" VALUES(10,'S0010','Marino','Francesca','s0010@comune.example','Staff','Istruttori',2,2,NULL,'100.0',6,NULL);
INSERT INTO "Staff" VALUES(11,'S0011','Esposito','Laura','s0011@comune.example','Staff','Operatori esperti',2,2,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(12,'S0012','Esposito','Marco','s0012@comune.example','UnitHead','Funzionari e EQ',2,3,NULL,'100.0',12,'3173df9d-6776-467c-b560-3cc00a5a767b');
INSERT INTO "Staff" VALUES(13,'S0013','Costa','Alessandro','s0013@comune.example','Staff','Istruttori',2,3,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(14,'S0014','Esposito','Chiara','s0014@comune.example','Staff','Istruttori',2,3,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(15,'S0015','Costa','Marta','s0015@comune.example','Staff','Operatori esperti',2,3,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(16,'S0016','Greco','Silvia','s0016@comune.example','UnitHead','Funzionari e EQ',2,4,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(17,'S0017','Rossi','Paolo','s0017@comune.example','Staff','Istruttori',2,4,NULL,'50.0',12,NULL);
INSERT INTO "Staff" VALUES(18,'S0018','Marino','Giulia','s0018@comune.example','Staff','Operatori esperti',2,4,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(19,'S0019','Barbieri','Valentina','s0019@comune.example','Staff','Operatori',2,4,NULL,'50.0',12,NULL);
INSERT INTO "Staff" VALUES(20,'S0020','Mariani','Elena','s0020@comune.example','UnitHead','Funzionari e EQ',2,5,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(21,'S0021','Marino','Matteo','s0021@comune.example','Staff','Operatori esperti',2,5,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(22,'S0022','Mariani','Stefano','s0022@comune.example','Staff','Operatori',2,5,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(23,'S0023','Bruno','Anna','s0023@comune.example','Staff','Operatori',2,5,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(24,'S0024','Santoro','Luca','s0024@comune.example','Staff','Operatori esperti',3,6,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(25,'S0025','Esposito','Elena','s0025@comune.example','Staff','Operatori esperti',3,6,NULL,'100.0',9,NULL);
INSERT INTO "Staff" VALUES(26,'S0026','Ferrari','Roberto','s0026@comune.example','Staff','Operatori esperti',3,6,NULL,'100.0',12,NULL);
INSERT INTO "Staff" VALUES(27,'S0027','Costa','Sara','s0027@comune.example','Staff','Istruttori',2,3,NULL,'100.0',12,'331d16a5-51e8-4dc7-90ba-0277377af20a');
CREATE TABLE "StrategicObjectives" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StrategicObjectives" PRIMARY KEY AUTOINCREMENT,
    "MandateLineId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_StrategicObjectives_MandateLines_MandateLineId" FOREIGN KEY ("MandateLineId") REFERENCES "MandateLines" ("Id") ON DELETE CASCADE
);
INSERT INTO "StrategicObjectives" VALUES(1,1,'Perseguire la massima efficienza e semplificazione nei procedimenti interni','perseguire la massima efficienza e semplificazione nei procedimenti interni',0);
INSERT INTO "StrategicObjectives" VALUES(2,1,'Perseguire la massima efficienza e semplificazione nei rapporti tra amministrazione e il cittadino','perseguire la massima efficienza e semplificazione nei rapporti tra amministrazione e il cittadino',1);
INSERT INTO "StrategicObjectives" VALUES(3,1,'PIANO di AZIONI POSITIVE: Favorire l''occupazione femminile e realizzare l''uguaglianza sostanziale tra uomini e donne nel lavoro, anche mediante l''adozione di misure, denominate azioni positive per le donne, al fine di rimuovere gli ostacoli che di fatto impediscono la realizzazione di pari opportunità','piano di azioni positive: favorire l''occupazione femminile e realizzare l''uguaglianza sostanziale tra uomini e donne nel lavoro, anche mediante l''adozione di misure, denominate azioni positive per le donne, al fine di rimuovere gli ostacoli che di fatto impediscono la realizzazione di pari opportunità',2);
INSERT INTO "StrategicObjectives" VALUES(4,2,'Azioni di sostegno alle attività economiche attraverso politiche fiscali e di promozione turistica','azioni di sostegno alle attività economiche attraverso politiche fiscali e di promozione turistica',0);
INSERT INTO "StrategicObjectives" VALUES(5,2,'Riqualificazione del territorio e della viabilità insieme ad azioni mirate a valorizzare e sostenere la presenza di imprese','riqualificazione del territorio e della viabilità insieme ad azioni mirate a valorizzare e sostenere la presenza di imprese',1);
INSERT INTO "StrategicObjectives" VALUES(6,3,'Attivare politiche a difesa dei soggetti deboli e favorire politiche di conciliazione lavoro-famiglia','attivare politiche a difesa dei soggetti deboli e favorire politiche di conciliazione lavoro-famiglia',0);
INSERT INTO "StrategicObjectives" VALUES(7,4,'Ammodernamento del sistema scolastico esistente ricercando finanziamenti e potenziamento dei servizi','ammodernamento del sistema scolastico esistente ricercando finanziamenti e potenziamento dei servizi',0);
INSERT INTO "StrategicObjectives" VALUES(8,5,'Valorizzazione di progetti turistici di qualità e quelli culturali legati al territorio e al sociale','valorizzazione di progetti turistici di qualità e quelli culturali legati al territorio e al sociale',0);
INSERT INTO "StrategicObjectives" VALUES(9,6,'Attenzione verso l''edilizia sportiva per la realizzazione e manutenzione di impianti e favorire le attività sportive','attenzione verso l''edilizia sportiva per la realizzazione e manutenzione di impianti e favorire le attività sportive',0);
INSERT INTO "StrategicObjectives" VALUES(10,7,'Adeguare gli strumenti urbanistici con priorità nella rigenerazione urbana sostenibile, nella riduzione dell''impatto ambientale e consumo di nuovo suolo e semplificare i rapporti con i cittadini e le imprese','adeguare gli strumenti urbanistici con priorità nella rigenerazione urbana sostenibile, nella riduzione dell''impatto ambientale e consumo di nuovo suolo e semplificare i rapporti con i cittadini e le imprese',0);
INSERT INTO "StrategicObjectives" VALUES(11,7,'Proseguire la manutenzione delle strutture pubbliche e del territorio tesi al miglioramento del decoro urbano','proseguire la manutenzione delle strutture pubbliche e del territorio tesi al miglioramento del decoro urbano',1);
INSERT INTO "StrategicObjectives" VALUES(12,8,'Migliorare la percezione della sicurezza dei cittadini attraverso interventi strutturali mirati e sul degrado ed avvio del "controllo del vicinato" per recuperare quelle relazioni umane, e quella solidarietà fondamentale per una cittadinanza attiva','migliorare la percezione della sicurezza dei cittadini attraverso interventi strutturali mirati e sul degrado ed avvio del "controllo del vicinato" per recuperare quelle relazioni umane, e quella solidarietà fondamentale per una cittadinanza attiva',0);
INSERT INTO "StrategicObjectives" VALUES(13,8,'Monitorare situazioni d''interesse per l''ordine e la sicurezza pubblica ed proseguire la realizzazione dei progetti avviati','monitorare situazioni d''interesse per l''ordine e la sicurezza pubblica ed proseguire la realizzazione dei progetti avviati',1);
CREATE TABLE "SubmissionValues" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SubmissionValues" PRIMARY KEY AUTOINCREMENT,
    "SubmissionId" INTEGER NOT NULL,
    "IndicatorId" INTEGER NOT NULL,
    "Value" TEXT NULL,
    "Numerator" TEXT NULL,
    "Denominator" TEXT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_SubmissionValues_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SubmissionValues_Submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "Submissions" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Submissions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Submissions" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Round" INTEGER NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "UnitIds" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "SavedAtUtc" TEXT NULL,
    "SavedBy" TEXT NULL,
    "SubmittedAtUtc" TEXT NULL,
    "Late" INTEGER NOT NULL,
    CONSTRAINT "FK_Submissions_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);
CREATE TABLE "TargetRevisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TargetRevisions" PRIMARY KEY AUTOINCREMENT,
    "IndicatorId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "FromRound" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAtUtc" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAtUtc" TEXT NULL,
    "InstanceId" INTEGER NULL,
    "NewTargetDirection" TEXT NOT NULL,
    "NewTargetMeasure" TEXT NOT NULL,
    "NewTargetProblem" TEXT NULL,
    "NewTargetText" TEXT NOT NULL,
    "NewTargetThreshold" TEXT NULL,
    "OldTargetDirection" TEXT NOT NULL,
    "OldTargetMeasure" TEXT NOT NULL,
    "OldTargetProblem" TEXT NULL,
    "OldTargetText" TEXT NOT NULL,
    "OldTargetThreshold" TEXT NULL,
    CONSTRAINT "FK_TargetRevisions_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_TargetRevisions_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE SET NULL
);
CREATE TABLE "Units" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Units" PRIMARY KEY AUTOINCREMENT,
    "DepartmentId" INTEGER NOT NULL,
    "HeadId" TEXT NULL,
    "Key" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_Units_AspNetUsers_HeadId" FOREIGN KEY ("HeadId") REFERENCES "AspNetUsers" ("Id"),
    CONSTRAINT "FK_Units_Departments_DepartmentId" FOREIGN KEY ("DepartmentId") REFERENCES "Departments" ("Id") ON DELETE RESTRICT
);
INSERT INTO "Units" VALUES(1,1,NULL,'u.o.c. affari generali, servizi demografici, urp','U.O.C. Affari Generali, Servizi Demografici, URP',0);
INSERT INTO "Units" VALUES(2,2,NULL,'u.o.c. bilancio e risorse umane, tributi, partecipate','U.O.C. Bilancio e Risorse Umane, Tributi, Partecipate',1);
INSERT INTO "Units" VALUES(3,2,'3173df9d-6776-467c-b560-3cc00a5a767b','u.o.c. lavori pubblici-patrimonio','U.O.C. Lavori Pubblici-Patrimonio',2);
INSERT INTO "Units" VALUES(4,2,NULL,'u.o.c. pubblica istruzione, cultura, sport, sociale e turismo','U.O.C. Pubblica istruzione, cultura, sport, sociale e turismo',3);
INSERT INTO "Units" VALUES(5,2,NULL,'u.o.c. territorio e sviluppo-suap','U.O.C. Territorio e Sviluppo-Suap',4);
INSERT INTO "Units" VALUES(6,3,NULL,'u.o.a. polizia municipale','U.O.A. POLIZIA MUNICIPALE',5);
CREATE TABLE "UserTasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_UserTasks" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "AssigneeId" TEXT NULL,
    "AssigneeRole" TEXT NULL,
    "Title" TEXT NOT NULL,
    "DueDate" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ClosedAtUtc" TEXT NULL,
    "ClosedBy" TEXT NULL,
    CONSTRAINT "FK_UserTasks_AspNetUsers_AssigneeId" FOREIGN KEY ("AssigneeId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_UserTasks_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);
INSERT INTO "UserTasks" VALUES(1,2,'obiettivi','f19ea67d-41b6-435d-944f-532e34721e02',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(2,3,'obiettivi','f19ea67d-41b6-435d-944f-532e34721e02',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(3,4,'obiettivi','f19ea67d-41b6-435d-944f-532e34721e02',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(4,5,'obiettivi','f19ea67d-41b6-435d-944f-532e34721e02',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(5,6,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(6,7,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(7,8,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(8,9,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(9,10,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(10,11,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(11,12,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(12,13,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(13,14,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(14,15,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(15,16,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(16,17,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(17,18,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(18,19,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(19,20,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(20,21,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(21,22,'obiettivi','3a9f806f-9a17-450a-a107-f0faa4f9dab4',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(22,23,'obiettivi','3a9f806f-9a17-450a-a107-f0faa4f9dab4',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(23,24,'obiettivi','3a9f806f-9a17-450a-a107-f0faa4f9dab4',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(24,25,'obiettivi','611d3618-55f8-4679-a36f-b986a2113d09',NULL,'Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(25,26,'obiettivi',NULL,'EvaluationBody','Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(26,27,'obiettivi',NULL,'EvaluationBody','Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "UserTasks" VALUES(27,28,'obiettivi',NULL,'EvaluationBody','Assegnare gli obiettivi individuali','2025-02-18',0,'2025-02-03 08:00:00',NULL,NULL);
CREATE TABLE "WorkflowDefinitionVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowDefinitionVersions" PRIMARY KEY AUTOINCREMENT,
    "Phase" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Json" TEXT NOT NULL,
    "RegisteredAtUtc" TEXT NOT NULL
);
INSERT INTO "WorkflowDefinitionVersions" VALUES(1,'assegnazione',1,'{"$schema":"./workflow.schema.json","phase":"assegnazione","version":1,"label":"Assegnazione degli obiettivi","description":"Ogni dirigente riceve per email gli obiettivi dei suoi settori e li accetta o chiede modifiche; quando tutti hanno accettato, il controllo di gestione registra la delibera di Giunta e il piano dell\u0027anno \u00E8 bloccato.","machines":[{"id":"assegnazione","subject":"year","label":"Assegnazione dell\u0027anno","initial":"bozza","states":[{"id":"bozza","label":"In preparazione"},{"id":"in_corso","label":"Obiettivi inviati ai dirigenti","onEntry":[{"type":"startChildren","machine":"assegnazione.dirigente","for":"directors"}]},{"id":"da_deliberare","label":"Accettati da tutti: in attesa della delibera di Giunta","onEntry":[{"type":"notify","to":"role:Administrator","template":"assegnazione-accettata"},{"type":"openTask","for":"role:Administrator","title":"Registrare la delibera di Giunta che approva il piano","due":{"relativeTo":"entered","offset":"P15D"}}]},{"id":"approvato","label":"Piano approvato e bloccato","final":true}],"triggers":[{"id":"avvia","label":"Invia gli obiettivi ai dirigenti","from":["bozza"],"to":"in_corso","roles":["Administrator"],"guard":"planHasDirectors"},{"id":"verifica","label":"Tutti i dirigenti hanno accettato","from":["in_corso"],"to":"da_deliberare","roles":["system"],"guard":"allChildrenIn:accettato"},{"id":"delibera","label":"Registra la delibera di Giunta","from":["da_deliberare"],"to":"approvato","roles":["Administrator"],"requires":["deliberation"],"actions":[{"type":"recordDeliberation"},{"type":"run","operation":"lockPlan"}]}]},{"id":"assegnazione.dirigente","subject":"owner","label":"Obiettivi di un dirigente","initial":"inviato","onStart":[{"type":"notify","to":"owner","template":"assegnazione-invito"}],"states":[{"id":"inviato","label":"In attesa della risposta del dirigente","onEntry":[{"type":"openTask","for":"owner","title":"Accettare gli obiettivi assegnati","due":{"relativeTo":"entered","offset":"P15D"}}]},{"id":"modifiche_richieste","label":"Modifiche richieste dal dirigente","onEntry":[{"type":"openTask","for":"role:Administrator","title":"Rispondere alla richiesta di modifiche","due":{"relativeTo":"entered","offset":"P7D"}}]},{"id":"accettato","label":"Obiettivi accettati","final":true}],"triggers":[{"id":"accetta","label":"Accetto gli obiettivi","from":["inviato"],"to":"accettato","roles":["owner"],"actions":[{"type":"fireParent","trigger":"verifica"}]},{"id":"chiedi_modifiche","label":"Chiedo modifiche","from":["inviato"],"to":"modifiche_richieste","roles":["owner"],"requires":["comment"],"actions":[{"type":"notify","to":"role:Administrator","template":"assegnazione-modifiche"}]},{"id":"rispondi","label":"Rispondi al dirigente","from":["modifiche_richieste"],"to":"inviato","roles":["Administrator"],"requires":["comment"],"actions":[{"type":"notify","to":"owner","template":"assegnazione-risposta"}]},{"id":"ricorda","label":"Promemoria al dirigente","from":["inviato"],"to":"inviato","roles":["system"],"actions":[{"type":"notify","to":"owner","template":"assegnazione-promemoria"}]}],"timers":[{"id":"promemoria","state":"inviato","at":{"relativeTo":"entered","offset":"P7D"},"repeat":"P7D","trigger":"ricorda"}]}]}','2024-01-15 08:00:00');
INSERT INTO "WorkflowDefinitionVersions" VALUES(2,'monitoraggio',2,'{"$schema":"./workflow.schema.json","phase":"monitoraggio","version":2,"label":"Monitoraggio infrannuale","description":"A ogni round (31/3, 30/6, 30/9) ogni responsabile di indicatori riceve il compito di inserire i valori; promemoria prima della scadenza, sollecito al segretario dopo; il segretario valida o rimanda; le revisioni dei target sono chieste dai responsabili e decise dal segretario.","machines":[{"id":"monitoraggio","subject":"round","label":"Round di monitoraggio","initial":"programmato","states":[{"id":"programmato","label":"Programmato"},{"id":"aperto","label":"Aperto: raccolta dei valori","onEntry":[{"type":"run","operation":"openRound"},{"type":"startChildren","machine":"monitoraggio.scheda","for":"indicatorOwners"}]},{"id":"chiuso","label":"Chiuso","final":true,"onEntry":[{"type":"run","operation":"closeRound"},{"type":"enqueue","job":"recomputeScores"},{"type":"notify","to":"role:SecretaryGeneral","template":"monitoraggio-chiuso"},{"type":"notify","to":"role:Administrator","template":"monitoraggio-chiuso"}]}],"triggers":[{"id":"apri","label":"Apri il round","from":["programmato"],"to":"aperto","roles":["Administrator","system"]},{"id":"verifica","label":"Tutte le schede sono validate","from":["aperto"],"to":"chiuso","roles":["system"],"guard":"allChildrenIn:validata"},{"id":"chiudi","label":"Chiudi il round","from":["aperto"],"to":"chiuso","roles":["Administrator","SecretaryGeneral"]},{"id":"sollecita","label":"Sollecito al segretario per i ritardi","from":["aperto"],"to":"aperto","roles":["system"],"guard":"childrenWaiting","actions":[{"type":"notify","to":"role:SecretaryGeneral","template":"monitoraggio-sollecito"}]}],"timers":[{"id":"ritardi","state":"aperto","at":{"relativeTo":"dueDate","offset":"P1D"},"repeat":"P7D","trigger":"sollecita"}]},{"id":"monitoraggio.scheda","subject":"owner","label":"Scheda di monitoraggio di un responsabile","initial":"da_compilare","onStart":[{"type":"run","operation":"prepareSubmission"},{"type":"notify","to":"owner","template":"monitoraggio-invito"}],"states":[{"id":"da_compilare","label":"Da compilare","onEntry":[{"type":"openTask","for":"owner","title":"Inserire i valori del monitoraggio","due":{"relativeTo":"dueDate","offset":"P0D"}}]},{"id":"inviata","label":"Inviata: da validare","onEntry":[{"type":"openTask","for":"role:SecretaryGeneral","title":"Validare la scheda di monitoraggio","due":{"relativeTo":"entered","offset":"P10D"}}]},{"id":"validata","label":"Validata","final":true}],"triggers":[{"id":"invia","label":"Invia i valori","from":["da_compilare"],"to":"inviata","roles":["owner"],"guard":"submissionComplete","actions":[{"type":"run","operation":"publishSubmission"},{"type":"enqueue","job":"recomputeScores"}]},{"id":"valida","label":"Valida","from":["inviata"],"to":"validata","roles":["SecretaryGeneral","Administrator"],"actions":[{"type":"notify","to":"owner","template":"monitoraggio-validata"},{"type":"fireParent","trigger":"verifica"}]},{"id":"rimanda","label":"Rimanda al responsabile","from":["inviata"],"to":"da_compilare","roles":["SecretaryGeneral","Administrator"],"requires":["comment"],"actions":[{"type":"notify","to":"owner","template":"monitoraggio-rimandata"}]},{"id":"ricorda","label":"Promemoria prima della scadenza","from":["da_compilare"],"to":"da_compilare","roles":["system"],"actions":[{"type":"notify","to":"owner","template":"monitoraggio-promemoria"}]}],"timers":[{"id":"promemoria","state":"da_compilare","at":{"relativeTo":"dueDate","offset":"-P5D"},"trigger":"ricorda"},{"id":"ultimo_promemoria","state":"da_compilare","at":{"relativeTo":"dueDate","offset":"-P1D"},"trigger":"ricorda"}]},{"id":"monitoraggio.revisione","subject":"owner","label":"Revisione di un target (intervento correttivo)","initial":"richiesta","onStart":[{"type":"notify","to":"role:SecretaryGeneral","template":"revisione-richiesta"}],"states":[{"id":"richiesta","label":"Richiesta: da decidere","onEntry":[{"type":"openTask","for":"role:SecretaryGeneral","title":"Decidere sulla revisione del target","due":{"relativeTo":"entered","offset":"P10D"}}]},{"id":"approvata","label":"Approvata","final":true},{"id":"respinta","label":"Respinta","final":true}],"triggers":[{"id":"approva","label":"Approva la revisione","from":["richiesta"],"to":"approvata","roles":["SecretaryGeneral"],"actions":[{"type":"run","operation":"applyTargetRevision"},{"type":"enqueue","job":"recomputeScores"},{"type":"notify","to":"owner","template":"revisione-decisa"}]},{"id":"respingi","label":"Respingi la revisione","from":["richiesta"],"to":"respinta","roles":["SecretaryGeneral"],"requires":["comment"],"actions":[{"type":"run","operation":"rejectTargetRevision"},{"type":"notify","to":"owner","template":"revisione-decisa"}]}]}]}','2024-01-15 08:00:00');
INSERT INTO "WorkflowDefinitionVersions" VALUES(3,'misurazione',3,'{"$schema":"./workflow.schema.json","phase":"misurazione","version":3,"label":"Misurazione (consuntivo)","description":"A gennaio dell\u0027anno successivo i responsabili inseriscono i valori finali del consuntivo; validati i valori, il motore di calcolo misura ogni dimensione e il segretario ne prende atto; chi ha indicatori sotto il target ne scrive la causa e le azioni correttive, per la Relazione sulla Performance.","machines":[{"id":"misurazione","subject":"round","label":"Consuntivo dell\u0027anno","initial":"programmata","states":[{"id":"programmata","label":"Programmata"},{"id":"raccolta","label":"Raccolta dei valori finali","onEntry":[{"type":"run","operation":"openRound"},{"type":"startChildren","machine":"misurazione.scheda","for":"indicatorOwners"}]},{"id":"calcolo","label":"Valori chiusi: punteggi in calcolo","onEntry":[{"type":"run","operation":"closeRound"},{"type":"enqueue","job":"recomputeScores"},{"type":"openTask","for":"role:SecretaryGeneral","title":"Prendere atto dei punteggi dell\u0027anno","due":{"relativeTo":"entered","offset":"P15D"}}]},{"id":"conclusa","label":"Punteggi definitivi","final":true,"onEntry":[{"type":"startChildren","machine":"misurazione.cause","for":"deviationOwners"}]}],"triggers":[{"id":"apri","label":"Apri la raccolta del consuntivo","from":["programmata"],"to":"raccolta","roles":["Administrator","system"]},{"id":"verifica","label":"Tutte le schede sono validate","from":["raccolta"],"to":"calcolo","roles":["system"],"guard":"allChildrenIn:validata"},{"id":"chiudi","label":"Chiudi la raccolta","from":["raccolta"],"to":"calcolo","roles":["Administrator","SecretaryGeneral"]},{"id":"sollecita","label":"Sollecito al segretario per i ritardi","from":["raccolta"],"to":"raccolta","roles":["system"],"guard":"childrenWaiting","actions":[{"type":"notify","to":"role:SecretaryGeneral","template":"monitoraggio-sollecito"}]},{"id":"prendi_atto","label":"Prendo atto dei punteggi","from":["calcolo"],"to":"conclusa","roles":["SecretaryGeneral"],"guard":"scoresFresh","actions":[{"type":"notify","to":"role:Administrator","template":"misurazione-conclusa"}]}],"timers":[{"id":"ritardi","state":"raccolta","at":{"relativeTo":"dueDate","offset":"P1D"},"repeat":"P7D","trigger":"sollecita"}]},{"id":"misurazione.scheda","subject":"owner","label":"Scheda del consuntivo di un responsabile","initial":"da_compilare","onStart":[{"type":"run","operation":"prepareSubmission"},{"type":"notify","to":"owner","template":"misurazione-invito"}],"states":[{"id":"da_compilare","label":"Da compilare","onEntry":[{"type":"openTask","for":"owner","title":"Inserire i valori finali del consuntivo","due":{"relativeTo":"dueDate","offset":"P0D"}}]},{"id":"inviata","label":"Inviata: da validare","onEntry":[{"type":"openTask","for":"role:SecretaryGeneral","title":"Validare la scheda del consuntivo","due":{"relativeTo":"entered","offset":"P10D"}}]},{"id":"validata","label":"Validata","final":true}],"triggers":[{"id":"invia","label":"Invia i valori finali","from":["da_compilare"],"to":"inviata","roles":["owner"],"guard":"submissionComplete","actions":[{"type":"run","operation":"publishSubmission"},{"type":"enqueue","job":"recomputeScores"}]},{"id":"valida","label":"Valida","from":["inviata"],"to":"validata","roles":["SecretaryGeneral","Administrator"],"actions":[{"type":"notify","to":"owner","template":"monitoraggio-validata"},{"type":"fireParent","trigger":"verifica"}]},{"id":"rimanda","label":"Rimanda al responsabile","from":["inviata"],"to":"da_compilare","roles":["SecretaryGeneral","Administrator"],"requires":["comment"],"actions":[{"type":"notify","to":"owner","template":"monitoraggio-rimandata"}]},{"id":"ricorda","label":"Promemoria prima della scadenza","from":["da_compilare"],"to":"da_compilare","roles":["system"],"actions":[{"type":"notify","to":"owner","template":"monitoraggio-promemoria"}]}],"timers":[{"id":"promemoria","state":"da_compilare","at":{"relativeTo":"dueDate","offset":"-P7D"},"trigger":"ricorda"}]},{"id":"misurazione.cause","subject":"owner","label":"Cause degli scostamenti di un responsabile","initial":"da_compilare","onStart":[{"type":"run","operation":"prepareCauses"},{"type":"notify","to":"owner","template":"misurazione-cause-invito"}],"states":[{"id":"da_compilare","label":"Cause da scrivere","onEntry":[{"type":"openTask","for":"owner","title":"Scrivere le cause degli scostamenti","due":{"relativeTo":"entered","offset":"P20D"}}]},{"id":"inviate","label":"Cause inviate","final":true}],"triggers":[{"id":"invia","label":"Invia le cause","from":["da_compilare"],"to":"inviate","roles":["owner"],"guard":"causesComplete"},{"id":"ricorda","label":"Promemoria delle cause","from":["da_compilare"],"to":"da_compilare","roles":["system"],"actions":[{"type":"notify","to":"owner","template":"misurazione-cause-promemoria"}]}],"timers":[{"id":"promemoria","state":"da_compilare","at":{"relativeTo":"entered","offset":"P15D"},"trigger":"ricorda"}]}]}','2024-01-15 08:00:00');
INSERT INTO "WorkflowDefinitionVersions" VALUES(4,'valutazione',2,'{"$schema":"./workflow.schema.json","phase":"valutazione","version":2,"label":"Valutazione individuale","description":"Dopo il consuntivo, una scheda per ogni persona del Comune secondo lo SMVP: obiettivi individuali assegnati e confermati, proposta del valutatore (il Nucleo per i dirigenti), contraddittorio se negativa, presa visione, conciliazione entro i termini; poi definitiva.","machines":[{"id":"valutazione","subject":"year","label":"Valutazione dell\u0027anno","initial":"bozza","states":[{"id":"bozza","label":"In preparazione"},{"id":"in_corso","label":"Schede aperte","onEntry":[{"type":"run","operation":"fixAppraisalSettings"},{"type":"startChildren","machine":"valutazione.scheda","for":"appraisedStaff"},{"type":"startChildren","machine":"valutazione.dirigente","for":"appraisedDirectors"},{"type":"notify","to":"role:Director","template":"valutazione-avvio"},{"type":"notify","to":"role:UnitHead","template":"valutazione-avvio"},{"type":"notify","to":"role:EvaluationBody","template":"valutazione-avvio"}]},{"id":"conclusa","label":"Conclusa","final":true,"onEntry":[{"type":"notify","to":"role:HumanResources","template":"valutazione-conclusa"}]}],"triggers":[{"id":"avvia","label":"Apri le schede di valutazione","from":["bozza"],"to":"in_corso","roles":["Administrator"],"guard":"appraisalReady"},{"id":"chiudi","label":"Chiudi la valutazione","from":["in_corso"],"to":"conclusa","roles":["Administrator"],"guard":"allChildrenFinal"},{"id":"sollecita","label":"Sollecito al segretario per le schede in ritardo","from":["in_corso"],"to":"in_corso","roles":["system"],"guard":"childrenOverdue","actions":[{"type":"notify","to":"role:SecretaryGeneral","template":"valutazione-sollecito"}]}],"timers":[{"id":"ritardi","state":"in_corso","at":{"relativeTo":"entered","offset":"P16D"},"repeat":"P7D","trigger":"sollecita"}]},{"id":"valutazione.scheda","subject":"employee","label":"Scheda di valutazione (EQ e dipendenti)","initial":"obiettivi","onStart":[{"type":"run","operation":"prepareAppraisal"}],"states":[{"id":"obiettivi","label":"Obiettivi individuali da assegnare","onEntry":[{"type":"openTask","for":"reviewer","title":"Assegnare gli obiettivi individuali","due":{"relativeTo":"entered","offset":"P15D"}}]},{"id":"visione_obiettivi","label":"Obiettivi da confermare dal valutato","onEntry":[{"type":"notify","to":"owner","template":"valutazione-obiettivi"},{"type":"openTask","for":"owner","title":"Prendere visione degli obiettivi individuali","due":{"relativeTo":"entered","offset":"P10D"}}]},{"id":"in_valutazione","label":"Valutazione in corso","onEntry":[{"type":"openTask","for":"reviewer","title":"Compilare la proposta di valutazione","due":{"relativeTo":"entered","offset":"P30D"}}]},{"id":"contraddittorio","label":"Proposta negativa: contraddittorio","onEntry":[{"type":"notify","to":"owner","template":"valutazione-contraddittorio"},{"type":"openTask","for":"owner","title":"Presentare le proprie osservazioni sulla proposta negativa","due":{"relativeTo":"entered","offset":"P10D"}}]},{"id":"esito_contraddittorio","label":"Contraddittorio: decisione del valutatore","onEntry":[{"type":"notify","to":"reviewer","template":"valutazione-osservazioni"},{"type":"openTask","for":"reviewer","title":"Confermare o modificare la proposta dopo il contraddittorio","due":{"relativeTo":"entered","offset":"P10D"}}]},{"id":"visione","label":"In attesa della presa visione","onEntry":[{"type":"notify","to":"owner","template":"valutazione-pronta"},{"type":"openTask","for":"owner","title":"Prendere visione della propria valutazione","due":{"relativeTo":"entered","offset":"P15D"}}]},{"id":"presa_visione","label":"Presa visione: conciliazione ancora possibile"},{"id":"conciliazione","label":"Conciliazione richiesta","onEntry":[{"type":"notify","to":"role:EvaluationBody","template":"valutazione-conciliazione"},{"type":"openTask","for":"role:EvaluationBody","title":"Decidere sulla richiesta di conciliazione","due":{"relativeTo":"entered","offset":"P30D"}},{"type":"run","operation":"scheduleConciliation"}]},{"id":"definitiva","label":"Definitiva","final":true,"onEntry":[{"type":"run","operation":"finalizeAppraisal"}]}],"triggers":[{"id":"assegna_obiettivi","label":"Assegna gli obiettivi","from":["obiettivi"],"to":"visione_obiettivi","roles":["reviewer"],"guard":"appraisalObjectivesSet"},{"id":"conferma_obiettivi","label":"Ho preso visione degli obiettivi","from":["visione_obiettivi"],"to":"in_valutazione","roles":["owner","Administrator"],"guard":"onBehalfAllowed","actions":[{"type":"run","operation":"acknowledgeObjectives"}]},{"id":"verifica_intermedia","label":"Registra la verifica intermedia","from":["in_valutazione"],"to":"in_valutazione","roles":["reviewer"],"guard":"midYearEnabled","requires":["comment"],"actions":[{"type":"run","operation":"recordMidYear"}]},{"id":"autovaluta","label":"Invia l\u0027autovalutazione","from":["in_valutazione"],"to":"in_valutazione","roles":["owner"],"guard":"selfAssessmentEnabled","actions":[{"type":"notify","to":"reviewer","template":"valutazione-autovalutazione"}]},{"id":"proponi","label":"Invia la proposta di valutazione","from":["in_valutazione"],"to":"visione","roles":["reviewer"],"guard":"appraisalPositive","actions":[{"type":"run","operation":"proposeAppraisal"}]},{"id":"proponi_negativa","label":"Invia la proposta (negativa: contraddittorio)","from":["in_valutazione"],"to":"contraddittorio","roles":["reviewer"],"guard":"appraisalNegative","actions":[{"type":"run","operation":"proposeAppraisal"}]},{"id":"deposita_osservazioni","label":"Presento le mie osservazioni","from":["contraddittorio"],"to":"esito_contraddittorio","roles":["owner","Administrator"],"guard":"onBehalfAllowed","requires":["comment"],"actions":[{"type":"run","operation":"hearAppraisal"}]},{"id":"conferma_proposta","label":"Conferma o modifica la proposta dopo il contraddittorio","from":["esito_contraddittorio"],"to":"visione","roles":["reviewer"],"guard":"appraisalComplete","requires":["comment"],"actions":[{"type":"run","operation":"proposeAppraisal"}]},{"id":"prendi_visione","label":"Prendo visione della valutazione","from":["visione"],"to":"presa_visione","roles":["owner","Administrator"],"guard":"onBehalfAllowed","actions":[{"type":"run","operation":"acknowledgeAppraisal"}]},{"id":"chiedi_conciliazione","label":"Chiedo la conciliazione","from":["presa_visione"],"to":"conciliazione","roles":["owner","Administrator"],"guard":"conciliationAllowed","requires":["comment"],"actions":[{"type":"run","operation":"requestConciliation"}]},{"id":"rinuncia","label":"Non chiedo la conciliazione: la valutazione \u00E8 definitiva","from":["presa_visione"],"to":"definitiva","roles":["owner","Administrator"],"guard":"onBehalfAllowed"},{"id":"consolida","label":"Termine per la conciliazione scaduto","from":["presa_visione"],"to":"definitiva","roles":["system"],"guard":"conciliationWindowClosed"},{"id":"conferma_esito","label":"Conferma la valutazione","from":["conciliazione"],"to":"definitiva","roles":["EvaluationBody"],"requires":["comment"],"actions":[{"type":"run","operation":"confirmConciliation"},{"type":"notify","to":"owner","template":"valutazione-conciliazione-esito"}]},{"id":"modifica_esito","label":"Modifica la valutazione","from":["conciliazione"],"to":"definitiva","roles":["EvaluationBody"],"guard":"appraisalComplete","requires":["comment"],"actions":[{"type":"run","operation":"changeConciliation"},{"type":"notify","to":"owner","template":"valutazione-conciliazione-esito"}]},{"id":"ricorda_obiettivi","label":"Promemoria al valutatore","from":["obiettivi"],"to":"obiettivi","roles":["system"],"actions":[{"type":"notify","to":"reviewer","template":"valutazione-promemoria"}]},{"id":"ricorda_in_valutazione","label":"Promemoria al valutatore","from":["in_valutazione"],"to":"in_valutazione","roles":["system"],"actions":[{"type":"notify","to":"reviewer","template":"valutazione-promemoria"}]},{"id":"ricorda_esito_contraddittorio","label":"Promemoria al valutatore","from":["esito_contraddittorio"],"to":"esito_contraddittorio","roles":["system"],"actions":[{"type":"notify","to":"reviewer","template":"valutazione-promemoria"}]},{"id":"ricorda_valutato_visione_obiettivi","label":"Promemoria al valutato","from":["visione_obiettivi"],"to":"visione_obiettivi","roles":["system"],"actions":[{"type":"notify","to":"owner","template":"valutazione-promemoria"}]},{"id":"ricorda_valutato_contraddittorio","label":"Promemoria al valutato","from":["contraddittorio"],"to":"contraddittorio","roles":["system"],"actions":[{"type":"notify","to":"owner","template":"valutazione-promemoria"}]},{"id":"ricorda_valutato_visione","label":"Promemoria al valutato","from":["visione"],"to":"visione","roles":["system"],"actions":[{"type":"notify","to":"owner","template":"valutazione-promemoria"}]}],"timers":[{"id":"promemoria_obiettivi","state":"obiettivi","at":{"relativeTo":"entered","offset":"P10D"},"trigger":"ricorda_obiettivi"},{"id":"promemoria_proposta","state":"in_valutazione","at":{"relativeTo":"entered","offset":"P25D"},"trigger":"ricorda_in_valutazione"},{"id":"promemoria_esito","state":"esito_contraddittorio","at":{"relativeTo":"entered","offset":"P7D"},"trigger":"ricorda_esito_contraddittorio"},{"id":"promemoria_visione_obiettivi","state":"visione_obiettivi","at":{"relativeTo":"entered","offset":"P7D"},"trigger":"ricorda_valutato_visione_obiettivi"},{"id":"promemoria_contraddittorio","state":"contraddittorio","at":{"relativeTo":"entered","offset":"P7D"},"trigger":"ricorda_valutato_contraddittorio"},{"id":"promemoria_visione","state":"visione","at":{"relativeTo":"entered","offset":"P10D"},"trigger":"ricorda_valutato_visione"},{"id":"termine_conciliazione","state":"presa_visione","at":{"relativeTo":"entered","offset":"P15D"},"repeat":"P1D","trigger":"consolida"}]},{"id":"valutazione.dirigente","subject":"employee","label":"Scheda di valutazione di un dirigente (proposta del Nucleo)","initial":"obiettivi","onStart":[{"type":"run","operation":"prepareAppraisal"}],"states":[{"id":"obiettivi","label":"Obiettivi individuali da assegnare","onEntry":[{"type":"openTask","for":"role:EvaluationBody","title":"Assegnare gli obiettivi individuali","due":{"relativeTo":"entered","offset":"P15D"}}]},{"id":"visione_obiettivi","label":"Obiettivi da confermare dal valutato","onEntry":[{"type":"notify","to":"owner","template":"valutazione-obiettivi"},{"type":"openTask","for":"owner","title":"Prendere visione degli obiettivi individuali","due":{"relativeTo":"entered","offset":"P10D"}}]},{"id":"in_valutazione","label":"Valutazione in corso","onEntry":[{"type":"openTask","for":"role:EvaluationBody","title":"Compilare la proposta di valutazione","due":{"relativeTo":"entered","offset":"P30D"}}]},{"id":"contraddittorio","label":"Proposta negativa: contraddittorio","onEntry":[{"type":"notify","to":"owner","template":"valutazione-contraddittorio"},{"type":"openTask","for":"owner","title":"Presentare le proprie osservazioni sulla proposta negativa","due":{"relativeTo":"entered","offset":"P10D"}}]},{"id":"esito_contraddittorio","label":"Contraddittorio: decisione del valutatore","onEntry":[{"type":"notify","to":"role:EvaluationBody","template":"valutazione-osservazioni"},{"type":"openTask","for":"role:EvaluationBody","title":"Confermare o modificare la proposta dopo il contraddittorio","due":{"relativeTo":"entered","offset":"P10D"}}]},{"id":"visione","label":"In attesa della presa visione","onEntry":[{"type":"notify","to":"owner","template":"valutazione-pronta"},{"type":"openTask","for":"owner","title":"Prendere visione della propria valutazione","due":{"relativeTo":"entered","offset":"P15D"}}]},{"id":"presa_visione","label":"Presa visione: conciliazione ancora possibile"},{"id":"conciliazione","label":"Conciliazione richiesta","onEntry":[{"type":"notify","to":"role:SecretaryGeneral","template":"valutazione-conciliazione"},{"type":"openTask","for":"role:SecretaryGeneral","title":"Decidere sulla richiesta di conciliazione","due":{"relativeTo":"entered","offset":"P30D"}},{"type":"run","operation":"scheduleConciliation"}]},{"id":"definitiva","label":"Definitiva","final":true,"onEntry":[{"type":"run","operation":"finalizeAppraisal"}]}],"triggers":[{"id":"assegna_obiettivi","label":"Assegna gli obiettivi","from":["obiettivi"],"to":"visione_obiettivi","roles":["EvaluationBody"],"guard":"appraisalObjectivesSet"},{"id":"conferma_obiettivi","label":"Ho preso visione degli obiettivi","from":["visione_obiettivi"],"to":"in_valutazione","roles":["owner","Administrator"],"guard":"onBehalfAllowed","actions":[{"type":"run","operation":"acknowledgeObjectives"}]},{"id":"verifica_intermedia","label":"Registra la verifica intermedia","from":["in_valutazione"],"to":"in_valutazione","roles":["EvaluationBody"],"guard":"midYearEnabled","requires":["comment"],"actions":[{"type":"run","operation":"recordMidYear"}]},{"id":"autovaluta","label":"Invia l\u0027autovalutazione","from":["in_valutazione"],"to":"in_valutazione","roles":["owner"],"guard":"selfAssessmentEnabled","actions":[{"type":"notify","to":"role:EvaluationBody","template":"valutazione-autovalutazione"}]},{"id":"proponi","label":"Invia la proposta di valutazione","from":["in_valutazione"],"to":"visione","roles":["EvaluationBody"],"guard":"appraisalPositive","actions":[{"type":"run","operation":"proposeAppraisal"}]},{"id":"proponi_negativa","label":"Invia la proposta (negativa: contraddittorio)","from":["in_valutazione"],"to":"contraddittorio","roles":["EvaluationBody"],"guard":"appraisalNegative","actions":[{"type":"run","operation":"proposeAppraisal"}]},{"id":"deposita_osservazioni","label":"Presento le mie osservazioni","from":["contraddittorio"],"to":"esito_contraddittorio","roles":["owner","Administrator"],"guard":"onBehalfAllowed","requires":["comment"],"actions":[{"type":"run","operation":"hearAppraisal"}]},{"id":"conferma_proposta","label":"Conferma o modifica la proposta dopo il contraddittorio","from":["esito_contraddittorio"],"to":"visione","roles":["EvaluationBody"],"guard":"appraisalComplete","requires":["comment"],"actions":[{"type":"run","operation":"proposeAppraisal"}]},{"id":"prendi_visione","label":"Prendo visione della valutazione","from":["visione"],"to":"presa_visione","roles":["owner","Administrator"],"guard":"onBehalfAllowed","actions":[{"type":"run","operation":"acknowledgeAppraisal"}]},{"id":"chiedi_conciliazione","label":"Chiedo la conciliazione","from":["presa_visione"],"to":"conciliazione","roles":["owner","Administrator"],"guard":"conciliationAllowed","requires":["comment"],"actions":[{"type":"run","operation":"requestConciliation"}]},{"id":"rinuncia","label":"Non chiedo la conciliazione: la valutazione \u00E8 definitiva","from":["presa_visione"],"to":"definitiva","roles":["owner","Administrator"],"guard":"onBehalfAllowed"},{"id":"consolida","label":"Termine per la conciliazione scaduto","from":["presa_visione"],"to":"definitiva","roles":["system"],"guard":"conciliationWindowClosed"},{"id":"conferma_esito","label":"Conferma la valutazione","from":["conciliazione"],"to":"definitiva","roles":["SecretaryGeneral"],"requires":["comment"],"actions":[{"type":"run","operation":"confirmConciliation"},{"type":"notify","to":"owner","template":"valutazione-conciliazione-esito"}]},{"id":"modifica_esito","label":"Modifica la valutazione","from":["conciliazione"],"to":"definitiva","roles":["SecretaryGeneral"],"guard":"appraisalComplete","requires":["comment"],"actions":[{"type":"run","operation":"changeConciliation"},{"type":"notify","to":"owner","template":"valutazione-conciliazione-esito"}]},{"id":"ricorda_obiettivi","label":"Promemoria al valutatore","from":["obiettivi"],"to":"obiettivi","roles":["system"],"actions":[{"type":"notify","to":"role:EvaluationBody","template":"valutazione-promemoria"}]},{"id":"ricorda_in_valutazione","label":"Promemoria al valutatore","from":["in_valutazione"],"to":"in_valutazione","roles":["system"],"actions":[{"type":"notify","to":"role:EvaluationBody","template":"valutazione-promemoria"}]},{"id":"ricorda_esito_contraddittorio","label":"Promemoria al valutatore","from":["esito_contraddittorio"],"to":"esito_contraddittorio","roles":["system"],"actions":[{"type":"notify","to":"role:EvaluationBody","template":"valutazione-promemoria"}]},{"id":"ricorda_valutato_visione_obiettivi","label":"Promemoria al valutato","from":["visione_obiettivi"],"to":"visione_obiettivi","roles":["system"],"actions":[{"type":"notify","to":"owner","template":"valutazione-promemoria"}]},{"id":"ricorda_valutato_contraddittorio","label":"Promemoria al valutato","from":["contraddittorio"],"to":"contraddittorio","roles":["system"],"actions":[{"type":"notify","to":"owner","template":"valutazione-promemoria"}]},{"id":"ricorda_valutato_visione","label":"Promemoria al valutato","from":["visione"],"to":"visione","roles":["system"],"actions":[{"type":"notify","to":"owner","template":"valutazione-promemoria"}]}],"timers":[{"id":"promemoria_obiettivi","state":"obiettivi","at":{"relativeTo":"entered","offset":"P10D"},"trigger":"ricorda_obiettivi"},{"id":"promemoria_proposta","state":"in_valutazione","at":{"relativeTo":"entered","offset":"P25D"},"trigger":"ricorda_in_valutazione"},{"id":"promemoria_esito","state":"esito_contraddittorio","at":{"relativeTo":"entered","offset":"P7D"},"trigger":"ricorda_esito_contraddittorio"},{"id":"promemoria_visione_obiettivi","state":"visione_obiettivi","at":{"relativeTo":"entered","offset":"P7D"},"trigger":"ricorda_valutato_visione_obiettivi"},{"id":"promemoria_contraddittorio","state":"contraddittorio","at":{"relativeTo":"entered","offset":"P7D"},"trigger":"ricorda_valutato_contraddittorio"},{"id":"promemoria_visione","state":"visione","at":{"relativeTo":"entered","offset":"P10D"},"trigger":"ricorda_valutato_visione"},{"id":"termine_conciliazione","state":"presa_visione","at":{"relativeTo":"entered","offset":"P15D"},"repeat":"P1D","trigger":"consolida"}]}]}','2024-01-15 08:00:00');
INSERT INTO "WorkflowDefinitionVersions" VALUES(5,'rendicontazione',2,'{"$schema":"./workflow.schema.json","phase":"rendicontazione","version":2,"label":"Rendicontazione","description":"La Relazione sulla Performance \u00E8 generata dai dati con le cause degli scostamenti, modificata dall\u0027ufficio, approvata dal segretario, deliberata dalla Giunta e validata dal Nucleo (nei due ordini) entro il 30 giugno, poi pubblicata; l\u0027Ufficio Personale riceve i punteggi finali alla validazione, non prima.","machines":[{"id":"rendicontazione","subject":"year","label":"Relazione sulla Performance","initial":"bozza","onStart":[{"type":"run","operation":"scheduleRelazione"}],"states":[{"id":"bozza","label":"In redazione","onEntry":[{"type":"openTask","for":"role:Administrator","title":"Preparare la Relazione sulla Performance","due":{"relativeTo":"dueDate","offset":"-P30D"}}]},{"id":"in_approvazione","label":"Proposta al segretario","onEntry":[{"type":"notify","to":"role:SecretaryGeneral","template":"rendicontazione-approvazione"},{"type":"openTask","for":"role:SecretaryGeneral","title":"Approvare la Relazione sulla Performance","due":{"relativeTo":"entered","offset":"P15D"}}]},{"id":"approvata","label":"Approvata dal segretario: alla Giunta e al Nucleo","onEntry":[{"type":"openTask","for":"role:Administrator","title":"Registrare la delibera di Giunta sulla Relazione","due":{"relativeTo":"dueDate","offset":"P0D"}},{"type":"notify","to":"role:EvaluationBody","template":"rendicontazione-validazione"},{"type":"openTask","for":"role:EvaluationBody","title":"Validare la Relazione sulla Performance","due":{"relativeTo":"dueDate","offset":"P0D"}}]},{"id":"deliberata","label":"Deliberata dalla Giunta: in attesa della validazione","onEntry":[{"type":"openTask","for":"role:EvaluationBody","title":"Validare la Relazione sulla Performance","due":{"relativeTo":"dueDate","offset":"P0D"}}]},{"id":"validata","label":"Validata dal Nucleo: in attesa della delibera","onEntry":[{"type":"openTask","for":"role:Administrator","title":"Registrare la delibera di Giunta sulla Relazione","due":{"relativeTo":"dueDate","offset":"P0D"}}]},{"id":"da_pubblicare","label":"Deliberata e validata: da pubblicare","onEntry":[{"type":"openTask","for":"role:Administrator","title":"Pubblicare la Relazione in Amministrazione Trasparente","due":{"relativeTo":"entered","offset":"P7D"}}]},{"id":"pubblicata","label":"Pubblicata","final":true}],"triggers":[{"id":"proponi","label":"Proponi la Relazione al segretario","from":["bozza"],"to":"in_approvazione","roles":["Administrator"],"guard":"relazioneReady"},{"id":"approva","label":"Approva la Relazione","from":["in_approvazione"],"to":"approvata","roles":["SecretaryGeneral"]},{"id":"rimanda","label":"Rimanda in redazione","from":["in_approvazione"],"to":"bozza","roles":["SecretaryGeneral"],"requires":["comment"],"actions":[{"type":"notify","to":"role:Administrator","template":"rendicontazione-rimandata"}]},{"id":"delibera","label":"Registra la delibera di Giunta","from":["approvata"],"to":"deliberata","roles":["Administrator"],"requires":["deliberation"],"guard":"deliberationDocument","actions":[{"type":"recordDeliberation"}]},{"id":"valida","label":"Valida la Relazione","from":["approvata"],"to":"validata","roles":["EvaluationBody"],"guard":"validationDocument","actions":[{"type":"notify","to":"role:HumanResources","template":"rendicontazione-punteggi"}]},{"id":"valida_con_rilievi","label":"Valida con rilievi","from":["approvata"],"to":"validata","roles":["EvaluationBody"],"requires":["comment"],"guard":"validationDocument","actions":[{"type":"notify","to":"role:HumanResources","template":"rendicontazione-punteggi"}]},{"id":"non_valida","label":"Non valida: torna in redazione","from":["approvata"],"to":"bozza","roles":["EvaluationBody"],"requires":["comment"],"guard":"validationDocument","actions":[{"type":"notify","to":"role:Administrator","template":"rendicontazione-non-validata"}]},{"id":"valida_dopo_delibera","label":"Valida la Relazione","from":["deliberata"],"to":"da_pubblicare","roles":["EvaluationBody"],"guard":"validationDocument","actions":[{"type":"notify","to":"role:HumanResources","template":"rendicontazione-punteggi"}]},{"id":"valida_con_rilievi_dopo_delibera","label":"Valida con rilievi","from":["deliberata"],"to":"da_pubblicare","roles":["EvaluationBody"],"requires":["comment"],"guard":"validationDocument","actions":[{"type":"notify","to":"role:HumanResources","template":"rendicontazione-punteggi"}]},{"id":"non_valida_dopo_delibera","label":"Non valida: torna in redazione","from":["deliberata"],"to":"bozza","roles":["EvaluationBody"],"requires":["comment"],"guard":"validationDocument","actions":[{"type":"notify","to":"role:Administrator","template":"rendicontazione-non-validata"}]},{"id":"delibera_dopo_validazione","label":"Registra la delibera di Giunta","from":["validata"],"to":"da_pubblicare","roles":["Administrator"],"requires":["deliberation"],"guard":"deliberationDocument","actions":[{"type":"recordDeliberation"}]},{"id":"pubblica","label":"Pubblicata in Amministrazione Trasparente","from":["da_pubblicare"],"to":"pubblicata","roles":["Administrator"]},{"id":"ricorda","label":"Promemoria della scadenza del 30 giugno","from":["bozza"],"to":"bozza","roles":["system"],"actions":[{"type":"notify","to":"role:Administrator","template":"rendicontazione-promemoria"}]},{"id":"sollecita","label":"Sollecito al segretario: scadenza del 30 giugno superata","from":["bozza"],"to":"bozza","roles":["system"],"actions":[{"type":"notify","to":"role:SecretaryGeneral","template":"rendicontazione-sollecito"}]},{"id":"sollecita_in_approvazione","label":"Sollecito al segretario: scadenza del 30 giugno superata","from":["in_approvazione"],"to":"in_approvazione","roles":["system"],"actions":[{"type":"notify","to":"role:SecretaryGeneral","template":"rendicontazione-sollecito"}]},{"id":"sollecita_approvata","label":"Sollecito al segretario: scadenza del 30 giugno superata","from":["approvata"],"to":"approvata","roles":["system"],"actions":[{"type":"notify","to":"role:SecretaryGeneral","template":"rendicontazione-sollecito"}]},{"id":"sollecita_deliberata","label":"Sollecito al segretario: scadenza del 30 giugno superata","from":["deliberata"],"to":"deliberata","roles":["system"],"actions":[{"type":"notify","to":"role:SecretaryGeneral","template":"rendicontazione-sollecito"}]},{"id":"sollecita_validata","label":"Sollecito al segretario: scadenza del 30 giugno superata","from":["validata"],"to":"validata","roles":["system"],"actions":[{"type":"notify","to":"role:SecretaryGeneral","template":"rendicontazione-sollecito"}]}],"timers":[{"id":"promemoria","state":"bozza","at":{"relativeTo":"dueDate","offset":"-P30D"},"trigger":"ricorda"},{"id":"ritardo_bozza","state":"bozza","at":{"relativeTo":"dueDate","offset":"P1D"},"repeat":"P7D","trigger":"sollecita"},{"id":"ritardo_in_approvazione","state":"in_approvazione","at":{"relativeTo":"dueDate","offset":"P1D"},"repeat":"P7D","trigger":"sollecita_in_approvazione"},{"id":"ritardo_approvata","state":"approvata","at":{"relativeTo":"dueDate","offset":"P1D"},"repeat":"P7D","trigger":"sollecita_approvata"},{"id":"ritardo_deliberata","state":"deliberata","at":{"relativeTo":"dueDate","offset":"P1D"},"repeat":"P7D","trigger":"sollecita_deliberata"},{"id":"ritardo_validata","state":"validata","at":{"relativeTo":"dueDate","offset":"P1D"},"repeat":"P7D","trigger":"sollecita_validata"}]}]}','2024-01-15 08:00:00');
CREATE TABLE "WorkflowInstances" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowInstances" PRIMARY KEY AUTOINCREMENT,
    "Phase" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Machine" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Round" INTEGER NULL,
    "OwnerId" TEXT NULL,
    "ReviewerId" TEXT NULL,
    "ParentId" INTEGER NULL,
    "SubjectKey" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "StartedAtUtc" TEXT NOT NULL,
    "EnteredAtUtc" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "ReferenceDate" TEXT NULL,
    "DueDate" TEXT NULL,
    "Revision" INTEGER NOT NULL, "SubjectId" INTEGER NULL,
    CONSTRAINT "FK_WorkflowInstances_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_WorkflowInstances_AspNetUsers_ReviewerId" FOREIGN KEY ("ReviewerId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_WorkflowInstances_WorkflowInstances_ParentId" FOREIGN KEY ("ParentId") REFERENCES "WorkflowInstances" ("Id") ON DELETE RESTRICT
);
INSERT INTO "WorkflowInstances" VALUES(1,'valutazione',2,'valutazione',2024,NULL,NULL,NULL,NULL,'valutazione|2024||','in_corso','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,1,NULL);
INSERT INTO "WorkflowInstances" VALUES(2,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'f19ea67d-41b6-435d-944f-532e34721e02',1,'valutazione.scheda|2024|||4','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,4);
INSERT INTO "WorkflowInstances" VALUES(3,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'f19ea67d-41b6-435d-944f-532e34721e02',1,'valutazione.scheda|2024|||5','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,5);
INSERT INTO "WorkflowInstances" VALUES(4,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'f19ea67d-41b6-435d-944f-532e34721e02',1,'valutazione.scheda|2024|||6','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,6);
INSERT INTO "WorkflowInstances" VALUES(5,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'f19ea67d-41b6-435d-944f-532e34721e02',1,'valutazione.scheda|2024|||7','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,7);
INSERT INTO "WorkflowInstances" VALUES(6,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||8','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,8);
INSERT INTO "WorkflowInstances" VALUES(7,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||9','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,9);
INSERT INTO "WorkflowInstances" VALUES(8,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||10','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,10);
INSERT INTO "WorkflowInstances" VALUES(9,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||11','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,11);
INSERT INTO "WorkflowInstances" VALUES(10,'valutazione',2,'valutazione.scheda',2024,NULL,'3173df9d-6776-467c-b560-3cc00a5a767b','611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024||3173df9d-6776-467c-b560-3cc00a5a767b|12','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,12);
INSERT INTO "WorkflowInstances" VALUES(11,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||13','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,13);
INSERT INTO "WorkflowInstances" VALUES(12,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||14','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,14);
INSERT INTO "WorkflowInstances" VALUES(13,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||15','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,15);
INSERT INTO "WorkflowInstances" VALUES(14,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||16','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,16);
INSERT INTO "WorkflowInstances" VALUES(15,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||17','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,17);
INSERT INTO "WorkflowInstances" VALUES(16,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||18','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,18);
INSERT INTO "WorkflowInstances" VALUES(17,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||19','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,19);
INSERT INTO "WorkflowInstances" VALUES(18,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||20','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,20);
INSERT INTO "WorkflowInstances" VALUES(19,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||21','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,21);
INSERT INTO "WorkflowInstances" VALUES(20,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||22','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,22);
INSERT INTO "WorkflowInstances" VALUES(21,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024|||23','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,23);
INSERT INTO "WorkflowInstances" VALUES(22,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'3a9f806f-9a17-450a-a107-f0faa4f9dab4',1,'valutazione.scheda|2024|||24','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,24);
INSERT INTO "WorkflowInstances" VALUES(23,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'3a9f806f-9a17-450a-a107-f0faa4f9dab4',1,'valutazione.scheda|2024|||25','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,25);
INSERT INTO "WorkflowInstances" VALUES(24,'valutazione',2,'valutazione.scheda',2024,NULL,NULL,'3a9f806f-9a17-450a-a107-f0faa4f9dab4',1,'valutazione.scheda|2024|||26','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,26);
INSERT INTO "WorkflowInstances" VALUES(25,'valutazione',2,'valutazione.scheda',2024,NULL,'331d16a5-51e8-4dc7-90ba-0277377af20a','611d3618-55f8-4679-a36f-b986a2113d09',1,'valutazione.scheda|2024||331d16a5-51e8-4dc7-90ba-0277377af20a|27','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,27);
INSERT INTO "WorkflowInstances" VALUES(26,'valutazione',2,'valutazione.dirigente',2024,NULL,'f19ea67d-41b6-435d-944f-532e34721e02',NULL,1,'valutazione.dirigente|2024||f19ea67d-41b6-435d-944f-532e34721e02|1','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,1);
INSERT INTO "WorkflowInstances" VALUES(27,'valutazione',2,'valutazione.dirigente',2024,NULL,'611d3618-55f8-4679-a36f-b986a2113d09',NULL,1,'valutazione.dirigente|2024||611d3618-55f8-4679-a36f-b986a2113d09|2','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,2);
INSERT INTO "WorkflowInstances" VALUES(28,'valutazione',2,'valutazione.dirigente',2024,NULL,'3a9f806f-9a17-450a-a107-f0faa4f9dab4',NULL,1,'valutazione.dirigente|2024||3a9f806f-9a17-450a-a107-f0faa4f9dab4|3','obiettivi','2025-02-03 08:00:00','2025-02-03 08:00:00','2025-02-03 08:00:00',NULL,NULL,0,3);
CREATE TABLE "WorkflowJournal" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowJournal" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" INTEGER NOT NULL,
    "Trigger" TEXT NOT NULL,
    "FromState" TEXT NOT NULL,
    "ToState" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "AtUtc" TEXT NOT NULL,
    "DeliberationNumber" TEXT NULL,
    "DeliberationDate" TEXT NULL,
    CONSTRAINT "FK_WorkflowJournal_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);
INSERT INTO "WorkflowJournal" VALUES(1,1,'avvio','','bozza',NULL,'test',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(2,1,'avvia','bozza','in_corso','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(3,2,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(4,3,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(5,4,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(6,5,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(7,6,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(8,7,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(9,8,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(10,9,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(11,10,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(12,11,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(13,12,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(14,13,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(15,14,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(16,15,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(17,16,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(18,17,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(19,18,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(20,19,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(21,20,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(22,21,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(23,22,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(24,23,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(25,24,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(26,25,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(27,26,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(28,27,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
INSERT INTO "WorkflowJournal" VALUES(29,28,'avvio','','obiettivi','e93fe5b3-8a6f-410c-bbc5-34a2e60ae5e5','amministratore',NULL,'2025-02-03 08:00:00',NULL,NULL);
CREATE TABLE "WorkflowTimers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowTimers" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" INTEGER NOT NULL,
    "TimerId" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Trigger" TEXT NOT NULL,
    "DueAtUtc" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "FiredAtUtc" TEXT NULL,
    CONSTRAINT "FK_WorkflowTimers_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);
INSERT INTO "WorkflowTimers" VALUES(1,1,'ritardi','in_corso','sollecita','2025-02-19 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(2,2,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(3,3,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(4,4,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(5,5,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(6,6,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(7,7,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(8,8,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(9,9,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(10,10,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(11,11,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(12,12,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(13,13,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(14,14,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(15,15,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(16,16,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(17,17,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(18,18,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(19,19,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(20,20,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(21,21,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(22,22,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(23,23,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(24,24,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(25,25,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(26,26,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(27,27,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
INSERT INTO "WorkflowTimers" VALUES(28,28,'promemoria_obiettivi','obiettivi','ricorda_obiettivi','2025-02-13 08:00:00',0,NULL);
CREATE TABLE "YearSettings" (
    "Kind" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Json" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    CONSTRAINT "PK_YearSettings" PRIMARY KEY ("Kind", "Year")
);
INSERT INTO "YearSettings" VALUES('smvp',2024,'{
  "year": 2024,
  "weights": [
    {
      "group": "Director",
      "unit": 55,
      "objectives": 15,
      "behaviours": 25,
      "differentiation": 5
    },
    {
      "group": "UnitHead",
      "unit": 55,
      "objectives": 15,
      "behaviours": 25,
      "differentiation": 5
    },
    {
      "group": "Staff",
      "unit": 30,
      "objectives": 30,
      "behaviours": 40,
      "differentiation": 0
    }
  ],
  "behaviours": [
    {
      "group": "Director",
      "code": "RIS",
      "name": "Orientamento al risultato",
      "weight": 25,
      "levels": [
        "Obiettivi raggiunti solo in parte, senza azioni per recuperare i ritardi",
        "Obiettivi raggiunti con ritardi frequenti e recuperi sollecitati da altri",
        "Obiettivi raggiunti nei tempi, con attenzione alle priorit\u00E0",
        "Obiettivi raggiunti anticipando i problemi e riprogrammando per tempo",
        "Risultati superiori alle attese, ottenuti semplificando e coinvolgendo la struttura"
      ]
    },
    {
      "group": "Director",
      "code": "RES",
      "name": "Programmazione e gestione delle risorse",
      "weight": 20,
      "levels": [
        "Risorse assegnate senza programmazione, sprechi evidenti",
        "Programmazione episodica, risorse spesso riallocate in emergenza",
        "Risorse programmate e impiegate secondo il piano",
        "Risorse programmate e verificate con il monitoraggio, scostamenti corretti",
        "Uso efficiente e misurato delle risorse, risparmi documentati reinvestiti"
      ]
    },
    {
      "group": "Director",
      "code": "LEA",
      "name": "Guida e valorizzazione dei collaboratori",
      "weight": 20,
      "levels": [
        "Compiti assegnati senza indicazioni, nessun confronto con i collaboratori",
        "Indicazioni poco chiare, confronto solo su richiesta",
        "Compiti chiari, colloqui di valutazione svolti regolarmente",
        "Delega con fiducia, cura la formazione e la crescita dei collaboratori",
        "Sviluppa i collaboratori, ne riconosce i meriti e valuta in modo differenziato e motivato"
      ]
    },
    {
      "group": "Director",
      "code": "INN",
      "name": "Innovazione e semplificazione",
      "weight": 15,
      "levels": [
        "Nessuna proposta di miglioramento",
        "Adotta le innovazioni solo se imposte",
        "Applica le innovazioni previste dal piano",
        "Propone e realizza semplificazioni e servizi digitali",
        "Guida progetti di innovazione che cambiano in meglio i servizi dell\u0027ente"
      ]
    },
    {
      "group": "Director",
      "code": "COL",
      "name": "Collaborazione e integrazione organizzativa",
      "weight": 10,
      "levels": [
        "Lavora isolato, conflitti con gli altri settori",
        "Collabora solo se sollecitato",
        "Collabora con gli altri settori sui processi comuni",
        "Promuove il lavoro tra settori e risolve i problemi comuni",
        "\u00C8 punto di riferimento per l\u0027integrazione tra settori e con gli organi di governo"
      ]
    },
    {
      "group": "Director",
      "code": "UTE",
      "name": "Rapporto con l\u0027utenza e con gli organi di governo",
      "weight": 10,
      "levels": [
        "Reclami frequenti, risposte tardive o assenti",
        "Risposte spesso tardive o incomplete",
        "Risposte puntuali e corrette",
        "Ascolta l\u0027utenza e migliora i servizi in base alle segnalazioni",
        "Rapporto con l\u0027utenza e con gli organi esemplare, riconosciuto all\u0027esterno"
      ]
    },
    {
      "group": "UnitHead",
      "code": "RIS",
      "name": "Orientamento al risultato",
      "weight": 30,
      "levels": [
        "Attivit\u00E0 svolte solo in parte, scadenze mancate",
        "Attivit\u00E0 svolte con ritardi frequenti",
        "Attivit\u00E0 svolte nei tempi e con la qualit\u00E0 attesa",
        "Attivit\u00E0 svolte anticipando le criticit\u00E0",
        "Risultati superiori alle attese, con soluzioni migliorative"
      ]
    },
    {
      "group": "UnitHead",
      "code": "GES",
      "name": "Gestione dei collaboratori e delle risorse",
      "weight": 25,
      "levels": [
        "Compiti distribuiti senza criterio, nessun controllo",
        "Organizzazione del lavoro carente, controlli saltuari",
        "Lavoro organizzato e seguito con regolarit\u00E0",
        "Organizza il lavoro valorizzando le competenze di ciascuno",
        "Gruppo di lavoro autonomo e motivato, risorse usate al meglio"
      ]
    },
    {
      "group": "UnitHead",
      "code": "AUT",
      "name": "Autonomia e capacit\u00E0 di risolvere i problemi",
      "weight": 20,
      "levels": [
        "Dipende dal dirigente anche per le questioni ordinarie",
        "Risolve solo i problemi pi\u00F9 semplici",
        "Risolve i problemi dell\u0027unit\u00E0 in autonomia",
        "Affronta anche i problemi nuovi proponendo soluzioni",
        "Anticipa i problemi e propone soluzioni adottate dall\u0027ente"
      ]
    },
    {
      "group": "UnitHead",
      "code": "COL",
      "name": "Collaborazione",
      "weight": 15,
      "levels": [
        "Non collabora con le altre unit\u00E0",
        "Collabora solo se sollecitato",
        "Collabora con continuit\u00E0",
        "Promuove la collaborazione tra unit\u00E0",
        "Punto di riferimento per la collaborazione nel settore"
      ]
    },
    {
      "group": "UnitHead",
      "code": "UTE",
      "name": "Rapporto con l\u0027utenza",
      "weight": 10,
      "levels": [
        "Reclami frequenti",
        "Risposte spesso tardive",
        "Risposte puntuali e corrette",
        "Attento alle esigenze dell\u0027utenza",
        "Rapporto con l\u0027utenza esemplare"
      ]
    },
    {
      "group": "Staff",
      "code": "QUA",
      "name": "Qualit\u00E0 e precisione del lavoro",
      "weight": 30,
      "levels": [
        "Errori frequenti, il lavoro va rifatto",
        "Errori non rari, serve un controllo costante",
        "Lavoro corretto e completo",
        "Lavoro accurato, pochi controlli necessari",
        "Lavoro sempre accurato, di riferimento per i colleghi"
      ]
    },
    {
      "group": "Staff",
      "code": "COL",
      "name": "Collaborazione e lavoro di gruppo",
      "weight": 20,
      "levels": [
        "Non collabora con i colleghi",
        "Collabora solo se richiesto",
        "Collabora con i colleghi dell\u0027unit\u00E0",
        "Aiuta i colleghi e condivide le informazioni",
        "Favorisce il lavoro di gruppo e il clima dell\u0027unit\u00E0"
      ]
    },
    {
      "group": "Staff",
      "code": "FLE",
      "name": "Flessibilit\u00E0 e disponibilit\u00E0",
      "weight": 20,
      "levels": [
        "Rifiuta i cambiamenti di compiti e orari",
        "Accetta i cambiamenti con difficolt\u00E0",
        "Si adatta ai cambiamenti richiesti",
        "Si rende disponibile nei momenti di maggiore carico",
        "Si propone per nuovi compiti e li impara rapidamente"
      ]
    },
    {
      "group": "Staff",
      "code": "INI",
      "name": "Iniziativa e autonomia",
      "weight": 15,
      "levels": [
        "Attende sempre istruzioni",
        "Prende iniziative solo su questioni semplici",
        "Svolge i propri compiti in autonomia",
        "Propone miglioramenti del proprio lavoro",
        "Propone e realizza miglioramenti adottati dall\u0027unit\u00E0"
      ]
    },
    {
      "group": "Staff",
      "code": "UTE",
      "name": "Rapporto con l\u0027utenza",
      "weight": 15,
      "levels": [
        "Comportamenti scortesi o risposte errate",
        "Risposte spesso incomplete",
        "Risposte cortesi e corrette",
        "Attento alle esigenze dell\u0027utenza",
        "Rapporto con l\u0027utenza esemplare, apprezzato dagli utenti"
      ]
    }
  ],
  "scaleMin": 1,
  "scaleMax": 5,
  "evaluators": [
    {
      "group": "Director",
      "evaluator": "EvaluationBody"
    },
    {
      "group": "UnitHead",
      "evaluator": "Director"
    },
    {
      "group": "Staff",
      "evaluator": "Director"
    }
  ],
  "negativeThreshold": 60,
  "conciliationRequestDays": 15,
  "conciliationDecisionDays": 30,
  "objectivesCap": 100,
  "topBand": 90,
  "lowBand": 60,
  "minimumBands": 2,
  "spreadForHalf": 10,
  "minimumForDifferentiation": 3,
  "midYearCheck": false,
  "selfAssessment": false,
  "differentiation": {
    "topBand": 90,
    "lowBand": 60,
    "minimumBands": 2,
    "spreadForHalf": 10,
    "minimumPeople": 3
  }
}','2025-02-03 08:00:00','amministratore');
CREATE TABLE "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO "__EFMigrationsHistory" VALUES('20261126112411_Initial','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261126114517_Scoring','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261126115636_Identity','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261126123047_Workflows','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261126124928_Monitoring','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261126131618_OutboxComposition','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261202082448_AppraisalRewardsReporting','10.0.15');
CREATE TABLE "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE UNIQUE INDEX "IX_AppraisalForms_InstanceId" ON "AppraisalForms" ("InstanceId");
CREATE INDEX "IX_AppraisalForms_StaffMemberId" ON "AppraisalForms" ("StaffMemberId");
CREATE INDEX "IX_AppraisalForms_Year_EvaluatorUserId" ON "AppraisalForms" ("Year", "EvaluatorUserId");
CREATE UNIQUE INDEX "IX_AppraisalForms_Year_StaffMemberId" ON "AppraisalForms" ("Year", "StaffMemberId");
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX "IX_AuditEntries_Action" ON "AuditEntries" ("Action");
CREATE INDEX "IX_AuditEntries_AtUtc" ON "AuditEntries" ("AtUtc");
CREATE UNIQUE INDEX "IX_BudgetMissions_Code" ON "BudgetMissions" ("Code");
CREATE INDEX "IX_Delegations_DelegateId_From_To" ON "Delegations" ("DelegateId", "From", "To");
CREATE INDEX "IX_Delegations_GrantedById" ON "Delegations" ("GrantedById");
CREATE INDEX "IX_Delegations_UnitId" ON "Delegations" ("UnitId");
CREATE INDEX "IX_Departments_DirectorId" ON "Departments" ("DirectorId");
CREATE UNIQUE INDEX "IX_Departments_Key" ON "Departments" ("Key");
CREATE INDEX "IX_DeviationCauses_IndicatorId" ON "DeviationCauses" ("IndicatorId");
CREATE UNIQUE INDEX "IX_DeviationCauses_InstanceId_IndicatorId" ON "DeviationCauses" ("InstanceId", "IndicatorId");
CREATE INDEX "IX_DeviationCauses_Year_IndicatorId" ON "DeviationCauses" ("Year", "IndicatorId");
CREATE INDEX "IX_Indicators_ManagementObjectiveId" ON "Indicators" ("ManagementObjectiveId");
CREATE INDEX "IX_Indicators_OfficeId" ON "Indicators" ("OfficeId");
CREATE INDEX "IX_ManagementObjectives_ObjectiveAssignmentId" ON "ManagementObjectives" ("ObjectiveAssignmentId");
CREATE UNIQUE INDEX "IX_MandateLines_Key" ON "MandateLines" ("Key");
CREATE INDEX "IX_MeasurementChanges_IndicatorId_RoundId" ON "MeasurementChanges" ("IndicatorId", "RoundId");
CREATE INDEX "IX_MeasurementChanges_RoundId" ON "MeasurementChanges" ("RoundId");
CREATE INDEX "IX_Measurements_IndicatorId" ON "Measurements" ("IndicatorId");
CREATE UNIQUE INDEX "IX_Measurements_RoundId_IndicatorId" ON "Measurements" ("RoundId", "IndicatorId");
CREATE UNIQUE INDEX "IX_MonitoringRounds_Year_Number" ON "MonitoringRounds" ("Year", "Number");
CREATE INDEX "IX_ObjectiveAssignments_OperationalObjectiveId" ON "ObjectiveAssignments" ("OperationalObjectiveId");
CREATE INDEX "IX_ObjectiveAssignments_UnitId" ON "ObjectiveAssignments" ("UnitId");
CREATE UNIQUE INDEX "IX_ObjectiveAssignments_Year_OperationalObjectiveId_UnitId" ON "ObjectiveAssignments" ("Year", "OperationalObjectiveId", "UnitId");
CREATE INDEX "IX_ObjectiveLinks_BudgetMissionId" ON "ObjectiveLinks" ("BudgetMissionId");
CREATE UNIQUE INDEX "IX_ObjectiveLinks_OperationalObjectiveId_UnitId" ON "ObjectiveLinks" ("OperationalObjectiveId", "UnitId");
CREATE INDEX "IX_ObjectiveLinks_StrategicObjectiveId" ON "ObjectiveLinks" ("StrategicObjectiveId");
CREATE INDEX "IX_ObjectiveLinks_UnitId" ON "ObjectiveLinks" ("UnitId");
CREATE UNIQUE INDEX "IX_Offices_Key" ON "Offices" ("Key");
CREATE UNIQUE INDEX "IX_OperationalObjectives_Code" ON "OperationalObjectives" ("Code");
CREATE INDEX "IX_Outbox_ClaimToken" ON "Outbox" ("ClaimToken");
CREATE INDEX "IX_Outbox_InstanceId" ON "Outbox" ("InstanceId");
CREATE UNIQUE INDEX "IX_Outbox_Key" ON "Outbox" ("Key");
CREATE INDEX "IX_Outbox_Status_NextAttemptAtUtc" ON "Outbox" ("Status", "NextAttemptAtUtc");
CREATE UNIQUE INDEX "IX_ReportDocuments_Year_Kind_Version" ON "ReportDocuments" ("Year", "Kind", "Version");
CREATE INDEX "IX_ScoreSnapshots_RoundId" ON "ScoreSnapshots" ("RoundId");
CREATE UNIQUE INDEX "IX_ScoreSnapshots_Year_RoundId" ON "ScoreSnapshots" ("Year", "RoundId");
CREATE UNIQUE INDEX "IX_ScoringWeights_Year_Element_ElementId" ON "ScoringWeights" ("Year", "Element", "ElementId");
CREATE INDEX "IX_Staff_DepartmentId" ON "Staff" ("DepartmentId");
CREATE UNIQUE INDEX "IX_Staff_Matricola" ON "Staff" ("Matricola");
CREATE INDEX "IX_Staff_UnitId" ON "Staff" ("UnitId");
CREATE INDEX "IX_Staff_UserId" ON "Staff" ("UserId");
CREATE INDEX "IX_StrategicObjectives_MandateLineId" ON "StrategicObjectives" ("MandateLineId");
CREATE INDEX "IX_SubmissionValues_IndicatorId" ON "SubmissionValues" ("IndicatorId");
CREATE UNIQUE INDEX "IX_SubmissionValues_SubmissionId_IndicatorId" ON "SubmissionValues" ("SubmissionId", "IndicatorId");
CREATE UNIQUE INDEX "IX_Submissions_InstanceId" ON "Submissions" ("InstanceId");
CREATE INDEX "IX_Submissions_Year_Round" ON "Submissions" ("Year", "Round");
CREATE INDEX "IX_TargetRevisions_IndicatorId" ON "TargetRevisions" ("IndicatorId");
CREATE INDEX "IX_TargetRevisions_InstanceId" ON "TargetRevisions" ("InstanceId");
CREATE INDEX "IX_TargetRevisions_Year_IndicatorId" ON "TargetRevisions" ("Year", "IndicatorId");
CREATE INDEX "IX_Units_DepartmentId" ON "Units" ("DepartmentId");
CREATE INDEX "IX_Units_HeadId" ON "Units" ("HeadId");
CREATE UNIQUE INDEX "IX_Units_Key" ON "Units" ("Key");
CREATE INDEX "IX_UserTasks_AssigneeId_Status" ON "UserTasks" ("AssigneeId", "Status");
CREATE INDEX "IX_UserTasks_AssigneeRole_Status" ON "UserTasks" ("AssigneeRole", "Status");
CREATE INDEX "IX_UserTasks_InstanceId_Status" ON "UserTasks" ("InstanceId", "Status");
CREATE UNIQUE INDEX "IX_WorkflowDefinitionVersions_Phase_Version" ON "WorkflowDefinitionVersions" ("Phase", "Version");
CREATE INDEX "IX_WorkflowInstances_OwnerId" ON "WorkflowInstances" ("OwnerId");
CREATE INDEX "IX_WorkflowInstances_ParentId" ON "WorkflowInstances" ("ParentId");
CREATE INDEX "IX_WorkflowInstances_Phase_Year" ON "WorkflowInstances" ("Phase", "Year");
CREATE INDEX "IX_WorkflowInstances_ReviewerId" ON "WorkflowInstances" ("ReviewerId");
CREATE UNIQUE INDEX "IX_WorkflowInstances_SubjectKey" ON "WorkflowInstances" ("SubjectKey");
CREATE INDEX "IX_WorkflowJournal_InstanceId_Id" ON "WorkflowJournal" ("InstanceId", "Id");
CREATE INDEX "IX_WorkflowTimers_InstanceId_Status" ON "WorkflowTimers" ("InstanceId", "Status");
CREATE INDEX "IX_WorkflowTimers_Status_DueAtUtc" ON "WorkflowTimers" ("Status", "DueAtUtc");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
COMMIT;
