package newsdesk; public final class Newsdesk { public static void main(String[] a){} }
