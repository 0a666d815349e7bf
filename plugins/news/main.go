// Command news is the bot's news digest skill: feeds polled on a schedule,
// personal packages at each person's local delivery times, breaking news,
// a weekend edition, all set up through a dialogue defined as data. See
// README.md ("News skill") for editors.
package main

func main() {}
