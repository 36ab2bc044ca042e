import RapporteurCLI

await runRapporteur()
