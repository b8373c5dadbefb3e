package io.annalist.editing;

/** The rows of a small spreadsheet an analyst imports and corrects: a visit, a deployment, a summit. */
public final class Sheet {
    public static final String HEADER = "date,kind,title,actors,place,source\n";
    public static final String VISIT = "2024-06-19,visit,Putin visits Pyongyang,Vladimir Putin; Kim Jong Un,Pyongyang,"
            + "https://apnews.com/putin\n";
    public static final String TROOPS = "2024-10,troop_deployment,Troops to Russia,North Korea; Russia,Kursk,"
            + "https://apnews.com/troops\n";
    public static final String TALKS = "2019-02-28,meeting,Hanoi summit,Donald Trump; Kim Jong Un,Hanoi,"
            + "https://apnews.com/hanoi\n";

    private Sheet() {
    }
}
